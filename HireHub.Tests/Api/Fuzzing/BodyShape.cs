namespace HireHub.Tests.Api.Fuzzing;

/// <summary>What an endpoint's body looks like: one export, a batch of exports, or something the generator does not know.</summary>
public enum BodyShape
{
    Export,
    Batch,
    Unknown,
}
