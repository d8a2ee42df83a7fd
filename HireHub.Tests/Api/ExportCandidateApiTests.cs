using System.Net;
using System.Net.Http.Headers;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Api;

/// <summary><c>POST /api/v1/exported-candidates</c> and <c>GET /api/v1/exported-candidates/{id}</c>, line by line of the contract.</summary>
public sealed class ExportCandidateApiTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    private readonly HttpClient client = app.ApiClient();

    [Fact]
    public async Task Export_OfANewCandidate_Returns201WithLocationAndTheResourceAtRevision1()
    {
        using var response = await client.ExportAsync(ApiCalls.Candidate("NEW-1"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var id = body.String("id")!;
        Assert.Equal($"/api/v1/exported-candidates/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("NEW-1", body.String("candidateId"));
        Assert.Equal("NotProcessed", body.String("status"));
        Assert.Equal(1, (int)body["revision"]!);
        Assert.Equal("+14255550199", body.String("phone"));
        Assert.Equal("Lisa Taylor", body["recruiter"]!.String("name"));
        Assert.Null(body["workerPersonnelNumber"]);
        foreach (var field in new[] { "middleName", "startDate", "jobTitle", "location", "hrisProvider", "receivedAt", "updatedAt" })
        {
            Assert.True(body.ContainsKey(field), $"The resource has no {field}.");
        }
    }

    [Fact]
    public async Task Export_WhenTheCandidateWasExportedBefore_UpdatesItAndKeepsTheOldAndNewValues()
    {
        using var first = await client.ExportAsync(ApiCalls.Candidate("REV-1"));
        var id = Guid.Parse((await first.JsonAsync()).String("id")!);

        using var second = await client.ExportAsync(ApiCalls.Candidate("REV-1", c => c["jobTitle"] = "Senior Software Engineer"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = await second.JsonAsync();
        Assert.Equal(id.ToString(), body.String("id"));
        Assert.Equal(2, (int)body["revision"]!);
        Assert.Equal("Senior Software Engineer", body.String("jobTitle"));
        var change = Assert.Single(await app.Services.GetRequiredService<ExportQueries>().LatestChangesAsync(id, TestContext.Current.CancellationToken));
        Assert.Equal(("jobTitle", "Software Engineer", "Senior Software Engineer"), (change.Field, change.OldValue, change.NewValue));
    }

    [Fact]
    public async Task Export_WithNothingChanged_Returns200WithTheRevisionUnchanged()
    {
        using var first = await client.ExportAsync(ApiCalls.Candidate("SAME-1"));

        using var second = await client.ExportAsync(ApiCalls.Candidate("SAME-1"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, (int)(await second.JsonAsync())["revision"]!);
    }

    [Theory]
    [InlineData(CandidateStatus.Hired)]
    [InlineData(CandidateStatus.NotHired)]
    [InlineData(CandidateStatus.Dismissed)]
    public async Task Export_WhenHrAlreadyActedOnTheCandidate_Returns409AndChangesNothing(CandidateStatus status)
    {
        var candidateId = $"ACTED-{status}";
        using var first = await client.ExportAsync(ApiCalls.Candidate(candidateId));
        var id = Guid.Parse((await first.JsonAsync()).String("id")!);
        await app.InDatabaseAsync(db => db.ExportedCandidates.Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, status).SetProperty(c => c.ActedBy, "Hanna Reyes").SetProperty(c => c.ActedAt, DateTimeOffset.UtcNow)));

        using var second = await client.ExportAsync(ApiCalls.Candidate(candidateId, c => c["lastName"] = "Changed"));

        var problem = await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Hanna Reyes", problem.String("detail"), StringComparison.Ordinal);
        var stored = await app.InDatabaseAsync(db => db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(("Campbell", 1, status), (stored.LastName, stored.Revision, stored.Status));
    }

    [Fact]
    public async Task Export_ReplayedWithTheSameKeyAndBody_ReturnsTheFirstResponseAgainWithoutWriting()
    {
        var body = ApiCalls.Candidate("REPLAY-1");
        using var first = await client.ExportAsync(body, "replay-key-1");
        var firstBody = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var auditsBefore = await app.InDatabaseAsync(db => db.AuditEvents.CountAsync());

        using var replay = await client.ExportAsync(body, "replay-key-1");

        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal(firstBody, await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        Assert.Equal("true", Assert.Single(replay.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(auditsBefore, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync()));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.ExportedCandidates.CountAsync(c => c.CandidateId == "REPLAY-1")));
    }

    [Fact]
    public async Task Export_ReplayedAfterTheCandidateChanged_StillReturnsTheFirstResponse()
    {
        var body = ApiCalls.Candidate("REPLAY-2");
        using var first = await client.ExportAsync(body, "replay-key-2");
        var firstBody = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var revised = await client.ExportAsync(ApiCalls.Candidate("REPLAY-2", c => c["location"] = "Seattle, WA"));

        using var replay = await client.ExportAsync(body, "replay-key-2");

        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal(firstBody, await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Export_WithAUsedKeyAndADifferentBody_Returns422AndWritesNothing()
    {
        using var first = await client.ExportAsync(ApiCalls.Candidate("REUSE-1"), "reused-key");

        using var second = await client.ExportAsync(ApiCalls.Candidate("REUSE-2"), "reused-key");

        await second.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.False(await app.InDatabaseAsync(db => db.ExportedCandidates.AnyAsync(c => c.CandidateId == "REUSE-2")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tab\tinside")]
    [InlineData("é-not-ascii")]
    public async Task Export_WithoutAValidIdempotencyKey_Returns400(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiCalls.ExportsPath) { Content = new StringContent(ApiCalls.Candidate("NOKEY-1").ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Idempotency-Key"], problem.ErrorFields());
    }

    [Fact]
    public async Task Export_WithAKeyOf256Characters_Returns400()
    {
        using var response = await client.ExportAsync(ApiCalls.Candidate("LONGKEY-1"), new string('k', 256));

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Export_WithAKeyOf255Characters_IsAccepted()
    {
        using var response = await client.ExportAsync(ApiCalls.Candidate("LONGKEY-2"), new string('k', 255));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Export_OfAnInvalidBody_Returns400WithErrorsByCamelCaseFieldAndStoresNothing()
    {
        var body = ApiCalls.Candidate("INVALID-1", c =>
        {
            c.Remove("firstName");
            c["lastName"] = new string('x', PersonName.MaxLength + 1);
            c["email"] = "not-an-email";
            c["phone"] = "12";
            c["startDate"] = "01/03/2027";
            c["recruiter"]!["email"] = "nobody";
        });

        using var response = await client.ExportAsync(body);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["email", "firstName", "lastName", "phone", "recruiter.email", "startDate"], problem.ErrorFields());
        Assert.False(await app.InDatabaseAsync(db => db.ExportedCandidates.AnyAsync(c => c.CandidateId == "INVALID-1")));
    }

    [Fact]
    public async Task Export_WithAStartDateMoreThanTwoYearsAway_Returns400ForStartDate()
    {
        var body = ApiCalls.Candidate("FAR-1", c => c["startDate"] = DateTime.UtcNow.AddYears(2).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        using var response = await client.ExportAsync(body);

        Assert.Equal(["startDate"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task Export_WithAValueOfTheWrongType_Returns400NamingTheField()
    {
        using var response = await client.ExportAsync(ApiCalls.Candidate("TYPE-1", c => c["firstName"] = 42));

        Assert.Equal(["firstName"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Theory]
    [InlineData("{\"candidateId\": ")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    public async Task Export_OfMalformedJson_Returns400(string json)
    {
        using var response = await client.PostJsonAsync(ApiCalls.ExportsPath, json, "malformed");

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Export_WithUnknownFields_IgnoresThem()
    {
        using var response = await client.ExportAsync(ApiCalls.Candidate("UNKNOWN-1", c => c["favouriteColour"] = "green"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False((await response.JsonAsync()).ContainsKey("favouriteColour"));
    }

    [Fact]
    public async Task Export_OfABodyOver64KiB_Returns413AndStoresNothing()
    {
        var body = ApiCalls.Candidate("BIG-1", c => c["comment"] = new string('x', 64 * 1024));

        using var response = await client.ExportAsync(body);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.False(await app.InDatabaseAsync(db => db.ExportedCandidates.AnyAsync(c => c.CandidateId == "BIG-1")));
    }

    [Fact]
    public async Task Export_OfABodyJustUnder64KiBWithUnknownFields_IsAccepted()
    {
        var body = ApiCalls.Candidate("BIG-2");
        body["comment"] = new string('x', (64 * 1024) - body.ToJsonString().Length - 20);

        using var response = await client.ExportAsync(body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Export_OfAChunkedBodyOver64KiB_Returns413()
    {
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ApiCalls.Candidate("BIG-3", c => c["comment"] = new string('x', 70_000)).ToJsonString())));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiCalls.ExportsPath) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("Idempotency-Key", "chunked");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Export_OfAChunkedBodyJustUnder64KiB_IsReadWholeAndStored()
    {
        // No Content-Length: the body is read into a buffer that grows from 4 KiB, past several sizes, to the whole body.
        var body = ApiCalls.Candidate("CHUNKED-1");
        body["comment"] = new string('x', (64 * 1024) - body.ToJsonString().Length - 20);
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body.ToJsonString())));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiCalls.ExportsPath) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("Idempotency-Key", "chunked-under-the-limit");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Campbell", (await response.JsonAsync())["lastName"]!.GetValue<string>());
        Assert.True(await app.InDatabaseAsync(db => db.ExportedCandidates.AnyAsync(c => c.CandidateId == "CHUNKED-1")));
    }

    [Fact]
    public async Task Export_OfANewCandidate_AnnouncesItOnTheCandidateFeedAfterCommit()
    {
        var announced = new TaskCompletionSource<CandidateFeedItem>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = app.Services.GetRequiredService<CandidateFeed>().Subscribe(items =>
        {
            if (items.FirstOrDefault(i => i.CandidateId == "FEED-1") is { } item)
            {
                announced.TrySetResult(item);
            }

            return Task.CompletedTask;
        });

        using var response = await client.ExportAsync(ApiCalls.Candidate("FEED-1"));

        var item = await announced.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal((CandidateChangeKind.Exported, 1), (item.Change, item.Revision));
        Assert.True(await app.InDatabaseAsync(db => db.ExportedCandidates.AnyAsync(c => c.Id == item.Id)));
    }

    [Fact]
    public async Task Get_OfAnExportedCandidate_ReturnsTheResource()
    {
        using var created = await client.ExportAsync(ApiCalls.Candidate("GET-1"));
        var location = created.Headers.Location!;

        using var response = await client.GetAsync(location, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("GET-1", (await response.JsonAsync()).String("candidateId"));
    }

    [Fact]
    public async Task Get_OfAnotherConnectionsCandidate_Returns404()
    {
        var otherClientId = await app.RegisterApplicationAsync(SecurityPrivileges.All);
        using var other = app.ApiClient(otherClientId);
        using var created = await other.ExportAsync(ApiCalls.Candidate("OTHER-1"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var response = await client.GetAsync(created.Headers.Location, TestContext.Current.CancellationToken);

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_OfAnUnknownId_Returns404()
    {
        using var response = await client.GetAsync($"{ApiCalls.ExportsPath}/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Export_FromTwoConnectionsWithTheSameCandidateId_CreatesTwoCandidates()
    {
        var otherClientId = await app.RegisterApplicationAsync(SecurityPrivileges.All);
        using var other = app.ApiClient(otherClientId);

        using var ours = await client.ExportAsync(ApiCalls.Candidate("SHARED-1"));
        using var theirs = await other.ExportAsync(ApiCalls.Candidate("SHARED-1"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (ours.StatusCode, theirs.StatusCode));
    }
}
