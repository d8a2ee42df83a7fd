using Microsoft.Extensions.Logging;

namespace HireHub.Tests.Security;

/// <param name="Values">The structured values, as a structured sink stores them.</param>
public sealed record CapturedEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<string> Values, string? Exception)
{
    public string AllText => string.Join("\n", [Message, .. Values, Exception ?? ""]);
}
