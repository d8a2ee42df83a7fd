using System.Globalization;
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
/// ...) or the form's labels in English or Dutch (<see cref="ExportCsvColumns"/>), in any order and case; columns it
/// does not know are ignored, as the API ignores unknown fields. The separator is <c>,</c> or <c>;</c> (what Excel
/// writes where the decimal separator is a comma), or a tab, detected from the file. A start date is ISO
/// (<c>2027-02-17</c>) or written as the person's culture writes dates (<c>17-2-2027</c> in Dutch).
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
    private readonly CultureInfo? culture;

    private ExportCsvReader(CsvReader csv, (int, Action<ExportCandidate, string?>)[] mapping, int headerCount, IStringLocalizer<CoreText> text, CultureInfo? culture)
    {
        this.csv = csv;
        this.mapping = mapping;
        this.headerCount = headerCount;
        this.text = text;
        this.culture = culture;
    }

    /// <summary>The separator the file uses, as detected: a file of rejected rows is written with the same.</summary>
    public char Separator => csv.Separator;

    /// <summary>The header row as the file has it.</summary>
    public IReadOnlyList<string> Headers => csv.Headers;

    /// <summary>The reader's options for a recruiter's file; the separator is left to detection.</summary>
    public static CsvReaderOptions Options => CsvReaderOptions.Default with { Separator = null, TrackLineNumbers = true, SkipEmptyLines = true, MaxRecordSize = UnendingRowBytes };

    /// <summary>
    /// Reads the header row; a problem (nothing stored, nothing read) when the file has none or it lacks a required
    /// column. <paramref name="culture"/> is the person's, whose way of writing dates a start date may use.
    /// </summary>
    public static async Task<Result<ExportCsvReader>> OpenAsync(Stream stream, IStringLocalizer<CoreText> text, CancellationToken ct = default, CultureInfo? culture = null)
    {
        var csv = CsvReader.Create(stream, Options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var headers = csv.Headers.Select(h => h.Trim()).ToList();
        if (headers.Count == 0 || headers.All(string.IsNullOrEmpty))
        {
            await csv.DisposeAsync();
            return Invalid(text["CsvNoHeader", string.Join(", ", RequiredColumns.Select(ExportCsvColumns.Label))]);
        }

        var fields = headers.Select(ExportCsvColumns.FieldOf).ToList();
        var missing = RequiredColumns.Where(required => !fields.Contains(required)).ToList();
        if (missing.Count > 0)
        {
            await csv.DisposeAsync();
            return Invalid(text["CsvMissingColumns", string.Join(", ", missing.Select(ExportCsvColumns.Label))]);
        }

        var mapping = fields
            .Select((field, index) => (Index: index, Set: field is not null && Columns.TryGetValue(field, out var set) ? set : null))
            .Where(c => c.Set is not null)
            .Select(c => (c.Index, c.Set!))
            .ToArray();
        return new ExportCsvReader(csv, mapping, headers.Count, text, culture);
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

        candidate.StartDate = IsoDate(candidate.StartDate);
        return new ExportCsvRow(line, candidate, null);
    }

    public ValueTask DisposeAsync() => csv.DisposeAsync();

    // A date written the person's way becomes the ISO date the validator and the API speak; anything else is left as it
    // is, for the validator to say what is wrong with it.
    private string? IsoDate(string? value)
    {
        if (value is null || culture is null || ExportCandidateValidator.TryParseDate(value, out _))
        {
            return value;
        }

        var formats = new[] { culture.DateTimeFormat.ShortDatePattern, culture.DateTimeFormat.LongDatePattern };
        return DateOnly.TryParseExact(value.Trim(), formats, culture, DateTimeStyles.AllowWhiteSpaces, out var date)
            || DateOnly.TryParse(value.Trim(), culture, DateTimeStyles.AllowWhiteSpaces, out date)
            ? date.ToString(ExportCandidateValidator.DateFormat, CultureInfo.InvariantCulture)
            : value;
    }

    private static Problem Invalid(string message) =>
        Problem.Invalid(new Dictionary<string, string[]> { ["File"] = [message] }, message);
}
