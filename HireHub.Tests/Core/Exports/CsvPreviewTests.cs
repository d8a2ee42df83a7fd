using System.Globalization;
using System.Text;
using HireHub.Core.Common;
using HireHub.Core.Features.Exports;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Exports;

public sealed class CsvPreviewTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Fact]
    public async Task Preview_OfASemicolonFileWithDutchHeadersAndDates_ValidatesEveryRowAndStoresNothing()
    {
        await using var database = await ExportsDatabase.CreateAsync();
        var source = await ManualSourceAsync(database);

        await using var preview = await PreviewAsync(database, source, Dutch,
            "Kandidaat-ID;Voornaam;Achternaam;E-mailadres;Begindatum;Functie",
            "NL-1;Sanne;de Vries;sanne@example.nl;17-2-2027;Verpleegkundige",
            "NL-2;Daan;Bakker;daan bakker@example;2027-03-01;",
            "NL-3;Emma;Jansen;emma@example.nl;1-4-2027;\"Analist; data\"");

        Assert.Equal(';', preview.Separator);
        Assert.Equal((3, 2, 1), (preview.Rows, preview.ValidRows, preview.RejectedRows));
        Assert.Equal([3L], preview.Problems.Select(p => p.Line));
        Assert.Equal("Email", preview.Problems[0].Field);
        Assert.Equal(
            [new CsvPreviewRow(2, "NL-1", "Sanne de Vries", "2027-02-17", "sanne@example.nl"), new CsvPreviewRow(4, "NL-3", "Emma Jansen", "2027-04-01", "emma@example.nl")],
            preview.Sample);
        Assert.Equal(0, await database.QueryAsync(db => db.ExportedCandidates.CountAsync()));
    }

    [Fact]
    public async Task Import_OfAPreview_StoresItsValidRowsWithTheirDatesReadTheDutchWay()
    {
        await using var database = await ExportsDatabase.CreateAsync();
        var source = await ManualSourceAsync(database);
        var preview = await PreviewAsync(database, source, Dutch,
            "Kandidaat-ID;Voornaam;Achternaam;E-mailadres;Begindatum",
            "NL-1;Sanne;de Vries;sanne@example.nl;17-2-2027",
            "NL-2;Daan;Bakker;daan bakker@example;2027-03-01");

        var report = await database.Get<CsvImport>().ImportAsync(preview, ct: TestContext.Current.CancellationToken);

        Assert.Equal(1, report.Value!.Stored);
        Assert.Equal([3L], report.Value.Problems.Select(p => p.Line).Distinct());
        var stored = await database.QueryAsync(db => db.ExportedCandidates.Select(c => new { c.CandidateId, c.StartDate }).SingleAsync());
        Assert.Equal(("NL-1", (DateOnly?)new DateOnly(2027, 2, 17)), (stored.CandidateId, stored.StartDate));
    }

    [Fact]
    public async Task RejectedRows_AreTheFileRowsWithTheirReasonLastInTheFileSeparator()
    {
        await using var database = await ExportsDatabase.CreateAsync();
        var source = await ManualSourceAsync(database);
        await using var preview = await PreviewAsync(database, source, CultureInfo.GetCultureInfo("en-US"),
            "candidateId;firstName;lastName;email;startDate",
            "R-1;Ana;Ek;ana@example.com;2027-04-01",
            "R-2;Bo;;bo@example.com;2027-04-01",
            "R-3;=HYPERLINK(\"x\");Lund;lund@example;2027-04-01");

        using var output = new MemoryStream();
        await database.Get<CsvImport>().WriteRejectedRowsAsync(preview, output, TestContext.Current.CancellationToken);

        var lines = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("candidateId;firstName;lastName;email;startDate;Why it was rejected", lines[0]);
        Assert.StartsWith("R-2;Bo;;bo@example.com;2027-04-01;Last name: ", lines[1]);
        // A value a spreadsheet would run as a formula is escaped.
        Assert.StartsWith("R-3;\"'=HYPERLINK", lines[2]);
        Assert.Contains("Email: ", lines[2]);
    }

    [Fact]
    public async Task Preview_OfAFileWithoutRequiredColumns_IsRefusedNamingThemAsTheFormDoes()
    {
        await using var database = await ExportsDatabase.CreateAsync();
        var source = await ManualSourceAsync(database);
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes("Voornaam;Achternaam\nSanne;de Vries"));

        var result = await database.Get<CsvImport>().PreviewAsync(source, file, Dutch, ct: TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Invalid, result.Problem!.Kind);
        Assert.Contains("Candidate ID", result.Problem.Message);
        Assert.Contains("Start date", result.Problem.Message);
    }

    private static async Task<ExportSource> ManualSourceAsync(ExportsDatabase database) =>
        (await database.Get<ManualExports>().SourceAsync(new Actor("riya.patel", "Riya Patel"), TestContext.Current.CancellationToken)).Value!;

    private static async Task<CsvPreview> PreviewAsync(ExportsDatabase database, ExportSource source, CultureInfo culture, params string[] lines)
    {
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        var result = await database.Get<CsvImport>().PreviewAsync(source, file, culture, ct: TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.Problem?.Message);
        return result.Value!;
    }
}
