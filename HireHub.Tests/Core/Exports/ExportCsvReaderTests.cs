using System.Text;
using HireHub.Core;
using HireHub.Core.Features.Exports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace HireHub.Tests.Core.Exports;

public sealed class ExportCsvReaderTests
{
    private const string Header = "candidateId,firstName,middleName,lastName,email,phone,startDate,jobTitle,location,hrisProvider,recruiter.name,recruiter.email";

    private static readonly IStringLocalizer<CoreText> Text = new ServiceCollection()
        .AddLogging()
        .AddLocalization(o => o.ResourcesPath = "Resources")
        .BuildServiceProvider()
        .GetRequiredService<IStringLocalizer<CoreText>>();

    [Fact]
    public async Task ReadRows_WithGoodRows_ReadsEveryFieldUnderItsApiName()
    {
        var rows = await ReadAsync(
            Header,
            "LI-1,Maria,,Campbell,maria@example.com,+1 425 555 0199,2027-04-01,Software Engineer,\"Redmond, WA\",HireHub,Lisa Taylor,lisa@contoso.com",
            "LI-2,Chen,Li,Wu,chen@example.com,,2027-05-01,,,,,");

        Assert.Equal([2L, 3L], rows.Select(r => r.Line));
        var maria = rows[0].Candidate!;
        Assert.Equal(
            new ExportCandidate
            {
                CandidateId = "LI-1", FirstName = "Maria", LastName = "Campbell", Email = "maria@example.com", Phone = "+1 425 555 0199",
                StartDate = "2027-04-01", JobTitle = "Software Engineer", Location = "Redmond, WA", HrisProvider = "HireHub",
                Recruiter = new ExportRecruiter { Name = "Lisa Taylor", Email = "lisa@contoso.com" },
            },
            maria);
        Assert.Equal("Li", rows[1].Candidate!.MiddleName);
        Assert.Null(rows[1].Candidate!.Phone);
        Assert.All(rows, r => Assert.Null(r.Error));
    }

    [Fact]
    public async Task ReadRows_WithQuotedFields_KeepsCommasQuotesAndLineBreaksInsideThem()
    {
        var rows = await ReadAsync(
            "candidateId,firstName,lastName,email,startDate,jobTitle",
            "\"LI-7\",\"Ana \"\"Nana\"\"\",\"O'Neil, Jr.\",ana@example.com,2027-04-01,\"Engineer,",
            "Platform\"",
            "LI-8,Bo,Ek,bo@example.com,2027-04-01,Designer");

        Assert.Equal("Ana \"Nana\"", rows[0].Candidate!.FirstName);
        Assert.Equal("O'Neil, Jr.", rows[0].Candidate!.LastName);
        Assert.Equal("Engineer,\nPlatform", rows[0].Candidate!.JobTitle!.ReplaceLineEndings("\n"));
        // The second record starts on line 4: the quoted line break took a line of the file.
        Assert.Equal(4L, rows[1].Line);
    }

    [Fact]
    public async Task ReadRows_WithRowsOfTheWrongLength_ReportsThemWithTheirLineNumbers()
    {
        var rows = await ReadAsync(
            "candidateId,firstName,lastName,email,startDate",
            "LI-1,Maria,Campbell,maria@example.com,2027-04-01",
            "LI-2,Chen,Wu",
            "",
            "LI-3,Ana,Ek,ana@example.com,2027-04-01,extra");

        Assert.Equal([2L, 3L, 5L], rows.Select(r => r.Line));
        Assert.NotNull(rows[0].Candidate);
        Assert.Equal("This row has 3 values; the header row has 5 columns.", rows[1].Error);
        Assert.Null(rows[1].Candidate);
        Assert.Equal("This row has 6 values; the header row has 5 columns.", rows[2].Error);
    }

    [Fact]
    public async Task Open_WhenTheHeaderLacksRequiredColumns_NamesThem()
    {
        await using var stream = Csv("candidateId,firstName,email", "LI-1,Maria,maria@example.com");

        var opened = await ExportCsvReader.OpenAsync(stream, Text, TestContext.Current.CancellationToken);

        Assert.False(opened.Succeeded);
        Assert.Equal("The header row lacks these columns: Last name, Start date.", opened.Problem.Message);
    }

    [Fact]
    public async Task Open_WhenTheFileIsEmpty_SaysTheFirstRowMustNameTheColumns()
    {
        await using var stream = Csv();

        var opened = await ExportCsvReader.OpenAsync(stream, Text, TestContext.Current.CancellationToken);

        Assert.False(opened.Succeeded);
        Assert.StartsWith("The file has no header row.", opened.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_WithHeaderNamesInAnotherCaseAndOrderAndUnknownColumns_MapsTheKnownOnes()
    {
        var rows = await ReadAsync("Email,notes,StartDate,LASTNAME,firstname,CandidateId", "a@example.com,ignored,2027-04-01,Ek,Ana,LI-9");

        var candidate = rows.Single().Candidate!;
        Assert.Equal(("LI-9", "Ana", "Ek", "a@example.com", "2027-04-01"), (candidate.CandidateId, candidate.FirstName, candidate.LastName, candidate.Email, candidate.StartDate));
    }

    [Fact]
    public async Task ReadRows_WithARowLongerThanAnyCandidate_ReportsItOnItsLineAndReadsTheOthers()
    {
        var rows = await ReadAsync(
            "candidateId,firstName,lastName,email,startDate",
            "LI-1,Maria,Campbell,maria@example.com,2027-04-01",
            $"LI-2,{new string('x', ExportCsvReader.MaxRowBytes)},Wu,chen@example.com,2027-04-01",
            "LI-3,Ana,Ek,ana@example.com,2027-04-01");

        Assert.Equal([2L, 3L, 4L], rows.Select(r => r.Line));
        Assert.Equal("This row is longer than 16 KB, more than all of a candidate's fields can hold; it was not read.", rows[1].Error);
        Assert.Null(rows[1].Candidate);
        Assert.Equal(["LI-1", "LI-3"], rows.Where(r => r.Candidate is not null).Select(r => r.Candidate!.CandidateId));
    }

    [Fact]
    public async Task ReadRows_WithAQuoteNeverClosed_StopsAtItsLineWithAnErrorInsteadOfBufferingTheRest()
    {
        var following = Enumerable.Range(0, 4000).Select(i => $"LI-{i + 10},Ana,Ek,ana{i}@example.com,2027-04-01");
        var rows = await ReadAsync(
        [
            "candidateId,firstName,lastName,email,startDate",
            "LI-1,Maria,Campbell,maria@example.com,2027-04-01",
            "LI-2,\"Chen,Wu,chen@example.com,2027-04-01",
            .. following,
        ]);

        Assert.Equal([2L, 3L], rows.Select(r => r.Line));
        Assert.Equal("LI-1", rows[0].Candidate!.CandidateId);
        Assert.Equal("This row runs past 64 KB without ending, probably because a quote (\") is never closed; neither it nor the rows after it were read.", rows[1].Error);
    }

    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));

    private static async Task<List<ExportCsvRow>> ReadAsync(params string[] lines)
    {
        await using var stream = Csv(lines);
        var opened = await ExportCsvReader.OpenAsync(stream, Text, TestContext.Current.CancellationToken);
        Assert.True(opened.Succeeded, opened.Problem?.Message);
        await using var reader = opened.Value;
        var rows = new List<ExportCsvRow>();
        await foreach (var row in reader.ReadRowsAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
