using CsvHelper;

namespace HireHub.Core.Common;

/// <summary>
/// Every CSV file HireHub writes goes through here: RFC 4180 as CsvHelper writes it, and text that a spreadsheet would
/// run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, OWASP's list and
/// CsvHelper's default <see cref="CsvWriterOptions.InjectionCharacters"/>) escaped with a leading <c>'</c>.
/// </summary>
public static class CsvOutput
{
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <summary>A writer onto <paramref name="destination"/>, which stays open (the caller owns it); dispose it to flush.</summary>
    public static CsvWriter Create(TextWriter destination) => CsvWriter.Create(destination, Options, leaveOpen: true);
}
