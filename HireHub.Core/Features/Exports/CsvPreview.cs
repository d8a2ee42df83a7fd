using System.Globalization;
using CsvHelper;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Exports;

/// <summary>A valid row of a previewed file, as the preview lists the first few.</summary>
public sealed record CsvPreviewRow(long Line, string CandidateId, string Name, string StartDate, string? Email);

/// <summary>
/// A recruiter's file, read and validated row by row with nothing stored: what importing it would store, and what it
/// would refuse and why. The file waits in a temporary file (never whole in memory) until it is imported or the
/// preview is disposed.
/// </summary>
public sealed class CsvPreview : IAsyncDisposable
{
    internal CsvPreview(ExportSource source, string spoolPath, CultureInfo culture, char separator, int rows, IReadOnlyList<CsvRowProblem> problems, IReadOnlyList<CsvPreviewRow> sample)
    {
        Source = source;
        SpoolPath = spoolPath;
        Culture = culture;
        Separator = separator;
        Rows = rows;
        Problems = problems;
        Sample = sample;
        RejectedRows = problems.Select(p => p.Line).Distinct().Count();
    }

    public int Rows { get; }

    public int RejectedRows { get; }

    public int ValidRows => Rows - RejectedRows;

    /// <summary>Every problem of every rejected row, in file order.</summary>
    public IReadOnlyList<CsvRowProblem> Problems { get; }

    /// <summary>The first valid rows, so the recruiter sees the file was read as meant.</summary>
    public IReadOnlyList<CsvPreviewRow> Sample { get; }

    /// <summary>The separator the file uses: <c>,</c> or <c>;</c>.</summary>
    public char Separator { get; }

    internal ExportSource Source { get; }

    internal string SpoolPath { get; }

    internal CultureInfo Culture { get; }

    public ValueTask DisposeAsync()
    {
        File.Delete(SpoolPath);
        return ValueTask.CompletedTask;
    }
}

public sealed partial class CsvImport
{
    public const int PreviewSampleSize = 5;

    private static readonly string SpoolFolder = Path.Combine(Path.GetTempPath(), "hirehub-csv");

    /// <summary>
    /// Reads <paramref name="file"/> into a temporary file and validates every row as an export would (the rules, and
    /// whether HR has already decided the candidate), storing nothing. A file the reader cannot take (no header, a
    /// required column missing, no rows) is a problem, as in <see cref="ImportAsync(ExportSource, Stream, IProgress{CsvImportProgress}?, CancellationToken, CultureInfo?)"/>.
    /// </summary>
    public async Task<Result<CsvPreview>> PreviewAsync(ExportSource source, Stream file, CultureInfo culture, IProgress<CsvImportProgress>? progress = null, CancellationToken ct = default)
    {
        Directory.CreateDirectory(SpoolFolder);
        var spoolPath = Path.Combine(SpoolFolder, Guid.NewGuid().ToString("N") + ".csv");
        var keep = false;
        try
        {
            await using (var spool = new FileStream(spoolPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                long copied = 0;
                int read;
                while ((read = await file.ReadAsync(buffer, ct)) > 0)
                {
                    await spool.WriteAsync(buffer.AsMemory(0, read), ct);
                    copied += read;
                    progress?.Report(new CsvImportProgress(copied, 0, 0));
                }
            }

            var preview = await ValidateAsync(source, spoolPath, culture, ct);
            keep = preview.Succeeded;
            return preview;
        }
        finally
        {
            if (!keep)
            {
                File.Delete(spoolPath);
            }
        }
    }

    /// <summary>Stores the previewed file's valid rows (the others are refused again, as previewed) and lets the file go.</summary>
    public async Task<Result<CsvImportReport>> ImportAsync(CsvPreview preview, IProgress<CsvImportProgress>? progress = null, CancellationToken ct = default)
    {
        await using (var spool = File.OpenRead(preview.SpoolPath))
        {
            var report = await ImportAsync(preview.Source, spool, progress, ct, preview.Culture);
            await preview.DisposeAsync();
            return report;
        }
    }

    /// <summary>
    /// The rejected rows as the file had them, with a last column saying why each was rejected, for the recruiter to
    /// fix and upload again. Written through CsvHelper with the file's separator and formula escaping: a value a
    /// recruiter's ATS exported is never run by their spreadsheet.
    /// </summary>
    public async Task WriteRejectedRowsAsync(CsvPreview preview, Stream output, CancellationToken ct = default)
    {
        var reasons = preview.Problems.GroupBy(p => p.Line)
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(p => p.Field is null ? p.Message : $"{ExportCsvColumns.Label(ExportCsvColumns.ApiNameOf(p.Field))}: {p.Message}")));
        await using var spool = File.OpenRead(preview.SpoolPath);
        await using var reader = CsvReader.Create(spool, ExportCsvReader.Options with { Separator = preview.Separator }, leaveOpen: true);
        await reader.ReadHeaderAsync(ct);
        var headers = reader.Headers.ToArray();
        await using var writer = CsvWriter.Create(output, CsvWriterOptions.Default with { Separator = preview.Separator, Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true);
        await writer.WriteRecordAsync([.. headers, text["CsvRejectedReason"].Value], ct);
        while (await reader.ReadAsync(ct))
        {
            if (reasons.TryGetValue(reader.LineNumber, out var reason))
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString);
                // A row with more or fewer values than the header keeps them all; the reason comes last.
                await writer.WriteRecordAsync([.. values.Concat(Enumerable.Repeat("", Math.Max(0, headers.Length - reader.FieldCount))), reason], ct);
            }
        }

        await writer.FlushAsync(ct);
    }

    private async Task<Result<CsvPreview>> ValidateAsync(ExportSource source, string spoolPath, CultureInfo culture, CancellationToken ct)
    {
        await using var spool = File.OpenRead(spoolPath);
        var opened = await ExportCsvReader.OpenAsync(spool, text, ct, culture);
        if (!opened.Succeeded)
        {
            return opened.Problem!;
        }

        await using var reader = opened.Value!;
        var problems = new List<CsvRowProblem>();
        var sample = new List<CsvPreviewRow>();
        var rows = 0;
        var chunk = new List<ExportCsvRow>(ManualExports.CsvChunkSize);
        await foreach (var row in reader.ReadRowsAsync(ct))
        {
            rows++;
            if (row.Candidate is null)
            {
                problems.Add(new CsvRowProblem(row.Line, null, row.Error!));
                continue;
            }

            var validation = await validator.ValidateAsync(ExportCandidateValidator.ContextFor(row.Candidate, source.DefaultPhoneRegion), ct);
            if (!validation.IsValid)
            {
                problems.AddRange(validation.Errors.Select(e => new CsvRowProblem(row.Line, e.PropertyName, e.ErrorMessage)));
                continue;
            }

            chunk.Add(row);
            if (chunk.Count == ManualExports.CsvChunkSize)
            {
                await CheckDecidedAsync(source, chunk, problems, sample, ct);
            }
        }

        await CheckDecidedAsync(source, chunk, problems, sample, ct);
        if (rows == 0)
        {
            var message = text["CsvNoRows"];
            return Problem.Invalid(new Dictionary<string, string[]> { ["File"] = [message] }, message);
        }

        return new CsvPreview(source, spoolPath, culture, reader.Separator, rows, problems.OrderBy(p => p.Line).ToList(), sample);
    }

    // A valid row for a candidate HR already hired, did not hire or dismissed would be refused: say so now, as the import would.
    private async Task CheckDecidedAsync(ExportSource source, List<ExportCsvRow> chunk, List<CsvRowProblem> problems, List<CsvPreviewRow> sample, CancellationToken ct)
    {
        if (chunk.Count == 0)
        {
            return;
        }

        var ids = chunk.Select(r => r.Candidate!.CandidateId!.Trim()).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var decided = await db.ExportedCandidates.AsNoTracking()
            .Where(c => c.ConnectionId == source.ConnectionId && ids.Contains(c.CandidateId) && (c.Status != CandidateStatus.NotProcessed || c.AnonymisedAt != null))
            .ToDictionaryAsync(c => c.CandidateId, ct);
        foreach (var row in chunk)
        {
            var candidate = row.Candidate!;
            if (decided.TryGetValue(candidate.CandidateId!.Trim(), out var stored))
            {
                var message = stored.AnonymisedAt is not null ? text["CandidateAlreadyErased"].Value : CandidateStatusText.AlreadyActedOn(text, stored);
                problems.Add(new CsvRowProblem(row.Line, nameof(ExportCandidate.CandidateId), message));
            }
            else if (sample.Count < PreviewSampleSize)
            {
                sample.Add(new CsvPreviewRow(row.Line, candidate.CandidateId!.Trim(), FullName.Of(candidate.FirstName!.Trim(), candidate.MiddleName?.Trim(), candidate.LastName!.Trim()), candidate.StartDate!.Trim(), candidate.Email?.Trim()));
            }
        }

        chunk.Clear();
    }
}
