using HireHub.Tests.Api;

namespace HireHub.Tests.Security;

/// <summary>An app whose callers may send ten requests at once and then one a second.</summary>
public sealed class BurstApiAppFactory : ApiAppFactory
{
    protected override double PermitsPerSecond => 1;

    protected override int Burst => 10;
}
