using System.Runtime.CompilerServices;
using CsvHelper;
using HireHub.Core.Common;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Exports;

/// <summary>
/// One data row of a recruiter's CSV upload: the export it holds, or why it could not be read. <see cref="Line"/>
/// is the file's line number (the header is line 1), as a spreadsheet or text editor shows it.
/// </summary>
public sealed record ExportCsvRow(long Line, ExportCandidate? Candidate, string? Error);

/// <summary>
/// Reads exports from CSV, one row at a time as the stream delivers them, so a large upload never sits in memory
/// whole. The header row names the columns with the API's field names (<c>candidateId</c>, <c>recruiter.email</c>,
/// ...), in any order and case; columns it does not know are ignored, as the API ignores unknown fields.
/// </summary>
public sealed class ExportCsvReader : IAsyncDisposable
{
    private static readonly IReadOnlyDictionary<string, Action<ExportCandidate, string?>> Columns =
        new Dictionary<string, Action<ExportCandidate, string?>>(StringComparer.OrdinalIgnoreCase)
        {
            ["candidateId"] = (c, v) => c.CandidateId = v,
            ["firstName"] = (c, v) => c.FirstName = v,
            ["middleName"] = (c, v) => c.MiddleName = v,
            ["lastName"] = (c, v) => c.LastName = v,
            ["email"] = (c, v) => c.Email = v,
            ["phone"] = (c, v) => c.Phone = v,
            ["startDate"] = (c, v) => c.StartDate = v,
            ["jobTitle"] = (c, v) => c.JobTitle = v,
            ["location"] = (c, v) => c.Location = v,
            ["hrisProvider"] = (c, v) => c.HrisProvider = v,
            ["recruiter.name"] = (c, v) => (c.Recruiter ??= new ExportRecruiter()).Name = v,
            ["recruiter.email"] = (c, v) => (c.Recruiter ??= new ExportRecruiter()).Email = v,
        };

    /// <summary>
    /// The longest row read, in bytes as the file holds them. Every field of an export at its maximum length, in
    /// three-byte characters and quoted, is about 6 KB; a longer row is not a candidate, and an unclosed quote would
    /// otherwise make the reader buffer the rest of the file as one value.
    /// </summary>
    public const int MaxRowBytes = 16 * 1024;

    /// <summary>
    /// How far the reader looks for the end of a row before it gives up on the file. Larger than
    /// <see cref="MaxRowBytes"/>, so that every row up to here is reported on its own line and the others still read:
    /// CsvHelper checks its limit only when it must read more to find a row's end.
    /// </summary>
    public const int UnendingRowBytes = 4 * MaxRowBytes;

    /// <summary>The columns without which no row could be valid: the API's required fields.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["candidateId", "firstName", "lastName", "email", "startDate"];

    public static IReadOnlyCollection<string> KnownColumns => (IReadOnlyCollection<string>)Columns.Keys;

    private readonly CsvReader csv;
    private readonly (int Index, Action<ExportCandidate, string?> Set)[] mapping;
    private readonly int headerCount;
    private readonly IStringLocalizer<CoreText> text;

    private ExportCsvReader(CsvReader csv, (int, Action<ExportCandidate, string?>)[] mapping, int headerCount, IStringLocalizer<CoreText> text)
    {
        this.csv = csv;
        this.mapping = mapping;
        this.headerCount = headerCount;
        this.text = text;
    }

    /// <summary>Reads the header row; a problem (nothing stored, nothing read) when the file has none or it lacks a required column.</summary>
    public static async Task<Result<ExportCsvReader>> OpenAsync(Stream stream, IStringLocalizer<CoreText> text, CancellationToken ct = default)
    {
        var csv = CsvReader.Create(stream, CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true, SkipEmptyLines = true, MaxRecordSize = UnendingRowBytes }, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var headers = csv.Headers.Select(h => h.Trim()).ToList();
        if (headers.Count == 0 || headers.All(string.IsNullOrEmpty))
        {
            await csv.DisposeAsync();
            return Invalid(text["CsvNoHeader", string.Join(",", RequiredColumns)]);
        }

        var missing = RequiredColumns.Where(required => !headers.Contains(required, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            await csv.DisposeAsync();
            return Invalid(text["CsvMissingColumns", string.Join(", ", missing)]);
        }

        var mapping = headers
            .Select((name, index) => (Index: index, Set: Columns.TryGetValue(name, out var set) ? set : null))
            .Where(c => c.Set is not null)
            .Select(c => (c.Index, c.Set!))
            .ToArray();
        return new ExportCsvReader(csv, mapping, headers.Count, text);
    }

    /// <summary>
    /// The data rows in file order; a row with more or fewer values than the header has columns, or longer than
    /// <see cref="MaxRowBytes"/>, comes with an error, not a candidate. A row so long that its end is not within reach
    /// (an unclosed quote, most likely) ends the reading with an error on its line: the rows after it cannot be told apart.
    /// </summary>
    public async IAsyncEnumerable<ExportCsvRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        while (true)
        {
            ExportCsvRow? row;
            var unreadable = false;
            try
            {
                row = await csv.ReadAsync(ct) ? CurrentRow() : null;
            }
            catch (CsvFormatException ex)
            {
                // MaxRecordSize: the reader would have had to buffer more than a row can hold to find this row's end.
                row = new ExportCsvRow(ex.LineNumber, null, text["CsvRowUnreadable", UnendingRowBytes / 1024]);
                unreadable = true;
            }

            if (row is null)
            {
                yield break;
            }

            yield return row;
            if (unreadable)
            {
                yield break;
            }
        }
    }

    private ExportCsvRow CurrentRow()
    {
        var line = csv.LineNumber;
        if (csv.RawRecord.Length > MaxRowBytes)
        {
            return new ExportCsvRow(line, null, text["CsvRowTooLong", MaxRowBytes / 1024]);
        }

        if (csv.FieldCount != headerCount)
        {
            return new ExportCsvRow(line, null, text["CsvFieldCount", csv.FieldCount, headerCount]);
        }

        var candidate = new ExportCandidate();
        foreach (var (index, set) in mapping)
        {
            var value = csv.GetString(index);
            set(candidate, string.IsNullOrWhiteSpace(value) ? null : value);
        }

        return new ExportCsvRow(line, candidate, null);
    }

    public ValueTask DisposeAsync() => csv.DisposeAsync();

    private static Problem Invalid(string message) =>
        Problem.Invalid(new Dictionary<string, string[]> { ["File"] = [message] }, message);
}
