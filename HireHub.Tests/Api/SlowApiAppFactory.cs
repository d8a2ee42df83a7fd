namespace HireHub.Tests.Api;

/// <summary>An app whose callers may send two requests at once and then one every 100 seconds.</summary>
public sealed class SlowApiAppFactory : ApiAppFactory
{
    protected override double PermitsPerSecond => 0.01;

    protected override int Burst => 2;
}
