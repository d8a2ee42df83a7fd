using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Api;

/// <summary>Bodies the fuzzer (reliability proof 5) found stored before they were refused: each now a clear error that stores nothing.</summary>
public sealed class ExportBodyRefusalApiTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    private readonly HttpClient client = app.ApiClient();

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Export_OfAValidBodyNotSentAsJson_Returns415AndStoresNothing(string? contentType)
    {
        var candidateId = $"MEDIA-{contentType?.Length ?? 0}";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ApiCalls.Candidate(candidateId).ToJsonString()));
        content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiCalls.ExportsPath) { Content = content };
        request.Headers.Add("Idempotency-Key", candidateId);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.String("detail"), StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.ExportedCandidates.AnyAsync(c => c.CandidateId == candidateId)));
    }

    [Fact]
    public async Task Export_WithAFieldSentTwice_Returns400NamingTheFieldAndStoresNothing()
    {
        var json = ApiCalls.Candidate("TWICE-1").ToJsonString()[..^1] + ",\"candidateId\":\"TWICE-2\"}";

        using var response = await client.PostJsonAsync(ApiCalls.ExportsPath, json, "twice");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["candidateId"], problem.ErrorFields());
        Assert.Contains("more than once", problem["errors"]!["candidateId"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.ExportedCandidates.AnyAsync(c => c.CandidateId.StartsWith("TWICE-"))));
    }

    [Fact]
    public async Task Batch_WithAFieldSentTwiceInAnItem_Returns400NamingTheItemsField()
    {
        var item = ApiCalls.Candidate("TWICE-3").ToJsonString()[..^1] + ",\"lastName\":\"Other\"}";

        using var response = await client.PostJsonAsync(ApiCalls.ExportsPath + "/batch", "{\"items\":[" + ApiCalls.Candidate("TWICE-4").ToJsonString() + "," + item + "]}", "twice-batch");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["items[1].lastName"], problem.ErrorFields());
        Assert.Contains("more than once", problem["errors"]!["items[1].lastName"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithALineBreakInAName_Returns400NamingTheFieldAndStoresNothing()
    {
        using var response = await client.ExportAsync(ApiCalls.Candidate("CONTROL-1", c => c["lastName"] = "Campbell\r\nX-Forged: yes"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["lastName"], problem.ErrorFields());
        Assert.False(await app.InDatabaseAsync(db => db.ExportedCandidates.AnyAsync(c => c.CandidateId == "CONTROL-1")));
    }
}
