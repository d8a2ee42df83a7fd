using HireHub.Core.Common;

namespace HireHub.Tests.Support;

/// <summary>
/// What a test expects of a <see cref="Result{T}"/>, asserted where it is read: a result that should have succeeded and
/// did not fails with the problem's own message, rather than with a null reference a line later.
/// </summary>
public static class ResultAssertions
{
    /// <summary>The value of a result that must have succeeded.</summary>
    public static T Ok<T>(this Result<T> result)
    {
        Assert.True(result.Succeeded, $"Expected success, got {result.Problem?.Kind}: {result.Problem?.Message}");
        return result.Value;
    }

    /// <summary>The problem of a result that must have been refused.</summary>
    public static Problem Refused<T>(this Result<T> result)
    {
        Assert.False(result.Succeeded, $"Expected a refusal, got {result.Value}");
        return result.Problem;
    }
}
