using System.Globalization;
using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Exports;

/// <summary>A row of a CSV upload that was not stored, and why; <see cref="Field"/> is the API's property path, or null for the row as a whole.</summary>
public sealed record CsvRowProblem(long Line, string? Field, string Message);

/// <summary>How far an upload has come: bytes of the file read, rows stored and rows refused so far.</summary>
public sealed record CsvImportProgress(long BytesRead, int Stored, int Invalid);

public sealed record CsvImportReport(int Stored, IReadOnlyList<CsvRowProblem> Problems);

/// <summary>
/// A recruiter's CSV upload: reads the file row by row, stores the valid rows through <see cref="ExportService.ExportBatchAsync"/>
/// a chunk at a time (valid rows are stored whatever the others hold) and reports the rest with their line numbers.
/// The page first previews the file (<see cref="PreviewAsync"/>: every row validated, nothing stored) and imports the
/// valid rows only when the recruiter says so.
/// </summary>
public sealed partial class CsvImport(
    ExportService exports,
    IValidator<ExportCandidate> validator,
    IDbContextFactory<HireHubDbContext> dbFactory,
    IStringLocalizer<CoreText> text)
{
    /// <param name="culture">The person's, whose way of writing dates a start date may use; ISO dates are read whatever it is.</param>
    public async Task<Result<CsvImportReport>> ImportAsync(ExportSource source, Stream file, IProgress<CsvImportProgress>? progress = null, CancellationToken ct = default, CultureInfo? culture = null)
    {
        await using var counted = new CountingStream(file);
        var opened = await ExportCsvReader.OpenAsync(counted, text, ct, culture);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }

        await using var reader = opened.Value;
        var problems = new List<CsvRowProblem>();
        var stored = 0;
        var chunk = new List<ExportCsvRow>(ManualExports.CsvChunkSize);

        async Task StoreChunkAsync()
        {
            var receipt = await exports.ExportBatchAsync(source, chunk.Select(r => r.Candidate).ToList(), ct: ct);
            if (!receipt.Succeeded)
            {
                // A chunk is never empty nor over the batch limit, and carries no key: only a bug gets here.
                throw new InvalidOperationException(receipt.Problem.Message);
            }

            foreach (var item in receipt.Value.Items)
            {
                if (item.Errors is { Count: > 0 } errors)
                {
                    problems.AddRange(errors.SelectMany(e => e.Value.Select(message => new CsvRowProblem(chunk[item.Index].Line, e.Key, message))));
                }
                else
                {
                    stored++;
                }
            }

            chunk.Clear();
            progress?.Report(new CsvImportProgress(counted.BytesRead, stored, problems.Count));
        }

        await foreach (var row in reader.ReadRowsAsync(ct))
        {
            if (row.Candidate is null)
            {
                problems.Add(new CsvRowProblem(row.Line, null, row.Error!));
                continue;
            }

            chunk.Add(row);
            if (chunk.Count == ManualExports.CsvChunkSize)
            {
                await StoreChunkAsync();
            }
        }

        if (chunk.Count > 0)
        {
            await StoreChunkAsync();
        }

        if (stored == 0 && problems.Count == 0)
        {
            var message = text["CsvNoRows"];
            return Problem.Invalid(new Dictionary<string, string[]> { ["File"] = [message] }, message);
        }

        progress?.Report(new CsvImportProgress(counted.BytesRead, stored, problems.Count));
        return new CsvImportReport(stored, problems.OrderBy(p => p.Line).ToList());
    }

    /// <summary>Counts what the reader took from the file, so progress can be shown against its size without buffering it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Counted(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}
