using System.Text;
using HireHub.Core.Common;
using HireHub.Core.Features.Exports;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Exports;

public sealed class CsvImportTests
{
    private const string Header = "candidateId,firstName,lastName,email,startDate";

    [Fact]
    public async Task Import_StoresTheValidRowsAndReportsTheOthersByLineAndField()
    {
        await using var database = await ExportsDatabase.CreateAsync();
        var source = await ManualSourceAsync(database);

        var report = await ImportAsync(database, source, Header,
            "CSV-1,Maria,Campbell,maria@example.com,2027-04-01",
            "CSV-2,Chen,,chen@example.com,2027-04-01",
            "CSV-3,Ana,Ek,ana@example.com",
            "CSV-4,Bo,Lund,bo@example.com,2027-04-01");

        Assert.Equal(2, report.Stored);
        Assert.Equal(
            [new CsvRowProblem(3, "LastName", "Enter a last name."), new CsvRowProblem(4, null, "This row has 4 values; the header row has 5 columns.")],
            report.Problems);
        Assert.Equal(["CSV-1", "CSV-4"], await database.QueryAsync(db => db.ExportedCandidates.OrderBy(c => c.CandidateId).Select(c => c.CandidateId).ToListAsync()));
    }

    [Fact]
    public async Task Import_OfMoreRowsThanAChunk_StoresThemAllAndReportsProgressPerChunk()
    {
        await using var database = await ExportsDatabase.CreateAsync();
        var source = await ManualSourceAsync(database);
        var rows = Enumerable.Range(1, ManualExports.CsvChunkSize + 5).Select(i => $"CSV-{i},First{i},Last{i},p{i}@example.com,2027-04-01");
        var seen = new List<CsvImportProgress>();

        var report = await ImportAsync(database, source, [Header, .. rows], new SynchronousProgress(seen.Add));

        Assert.Equal(ManualExports.CsvChunkSize + 5, report.Stored);
        Assert.Equal([ManualExports.CsvChunkSize, ManualExports.CsvChunkSize + 5], seen.Select(p => p.Stored).Distinct());
        Assert.True(seen[^1].BytesRead > 0);
    }

    [Fact]
    public async Task Import_OfAFileWithoutRequiredColumns_StoresNothing()
    {
        await using var database = await ExportsDatabase.CreateAsync();
        var source = await ManualSourceAsync(database);
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes("firstName,lastName\nMaria,Campbell"));

        var result = await database.Get<CsvImport>().ImportAsync(source, file, ct: TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Invalid, result.Refused().Kind);
        Assert.Equal(0, await database.QueryAsync(db => db.ExportedCandidates.CountAsync()));
    }

    private static async Task<ExportSource> ManualSourceAsync(ExportsDatabase database) =>
        (await database.Get<ManualExports>().SourceAsync(new Actor("riya.patel", "Riya Patel"), TestContext.Current.CancellationToken)).Ok();

    private static Task<CsvImportReport> ImportAsync(ExportsDatabase database, ExportSource source, params string[] lines) =>
        ImportAsync(database, source, lines, null);

    private static async Task<CsvImportReport> ImportAsync(ExportsDatabase database, ExportSource source, string[] lines, IProgress<CsvImportProgress>? progress)
    {
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        var result = await database.Get<CsvImport>().ImportAsync(source, file, progress, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.Problem?.Message);
        return result.Value;
    }

    private sealed class SynchronousProgress(Action<CsvImportProgress> report) : IProgress<CsvImportProgress>
    {
        public void Report(CsvImportProgress value) => report(value);
    }
}
