using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Api;

/// <summary>The API answers in English unless the caller asks for Dutch with <c>Accept-Language</c>.</summary>
public sealed class ApiLanguageTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    [Fact]
    public async Task InvalidExport_WithoutAcceptLanguage_IsRefusedInEnglish()
    {
        using var client = app.ApiClient();

        using var response = await client.ExportAsync(ApiCalls.Candidate("LANG-1", c => c["firstName"] = ""));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Bad Request", problem.String("title"));
        Assert.Equal("Some details of the export need attention; nothing was stored.", problem.String("detail"));
        Assert.Equal("Enter a first name.", FirstError(problem, "firstName"));
    }

    [Fact]
    public async Task InvalidExport_WithAcceptLanguageDutch_IsRefusedInDutch()
    {
        using var client = app.ApiClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl"));

        using var response = await client.ExportAsync(ApiCalls.Candidate("LANG-2", c => c["firstName"] = ""));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Ongeldige aanvraag", problem.String("title"));
        Assert.Equal("Enkele gegevens van de export vragen aandacht; er is niets opgeslagen.", problem.String("detail"));
        Assert.Equal("Vul een voornaam in.", FirstError(problem, "firstName"));
        Assert.Equal("nl", Assert.Single(response.Content.Headers.ContentLanguage));
    }

    [Fact]
    public async Task CallWithoutToken_IsRefusedInTheLanguageAsked()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        using var english = await client.ExportAsync(ApiCalls.Candidate("LANG-3"));
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl-NL"));
        using var dutch = await client.ExportAsync(ApiCalls.Candidate("LANG-3"));

        Assert.Equal("A valid bearer token is required.", (await english.ProblemAsync(HttpStatusCode.Unauthorized)).String("detail"));
        Assert.Equal("Een geldig bearer-token is vereist.", (await dutch.ProblemAsync(HttpStatusCode.Unauthorized)).String("detail"));
    }

    [Fact]
    public async Task ReExport_OfACandidateTheWriterAlreadyAnsweredInDutch_IsRefusedInEnglishForAnEnglishCaller()
    {
        using var dutchClient = app.ApiClient();
        dutchClient.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl"));
        using var englishClient = app.ApiClient();
        using var created = await dutchClient.ExportAsync(ApiCalls.Candidate("LANG-4"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await app.InDatabaseAsync(db => db.ExportedCandidates.Where(c => c.CandidateId == "LANG-4").ExecuteUpdateAsync(
            set => set.SetProperty(c => c.Status, CandidateStatus.Dismissed).SetProperty(c => c.ActedBy, "Hanna Reyes").SetProperty(c => c.ActedAt, DateTimeOffset.UtcNow),
            TestContext.Current.CancellationToken));

        using var english = await englishClient.ExportAsync(ApiCalls.Candidate("LANG-4", c => c["jobTitle"] = "Engineer"));
        using var dutch = await dutchClient.ExportAsync(ApiCalls.Candidate("LANG-4", c => c["jobTitle"] = "Engineer"));

        Assert.StartsWith("This candidate was already dismissed", (await english.ProblemAsync(HttpStatusCode.Conflict)).String("detail"));
        Assert.StartsWith("Deze kandidaat is al afgewezen", (await dutch.ProblemAsync(HttpStatusCode.Conflict)).String("detail"));
    }

    private static string? FirstError(JsonObject problem, string field) => problem["errors"]![field]![0]!.GetValue<string>();
}
