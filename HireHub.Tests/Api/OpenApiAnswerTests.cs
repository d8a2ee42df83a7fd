using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Api;

/// <summary>
/// Every answer the API gives, valid call or refused, matches <c>/openapi/v1.json</c>: its status is documented for the
/// operation and its body matches the documented schema. Every API test's client checks each answer it gets
/// (<see cref="ContractCheckingHandler"/>); this class makes sure that every operation and every status the API answers
/// is among them (429 is answered by <see cref="RateLimitApiTests"/>' slower app, through the same check), and that the
/// check does fail when the document is wrong.
/// </summary>
public sealed class OpenApiAnswerTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryOperationAndStatus_TheApiAnswers_IsDescribedByTheDocument()
    {
        using var client = app.ApiClient();
        var unregistered = await app.RegisterApplicationAsync(null);
        using var refused = app.ApiClient(unregistered);
        using var expired = app.BearerClient(app.Token(azp: ApiAppFactory.LinkedInClientId, expires: DateTime.UtcNow.AddHours(-2)));

        // Exports: created, replayed, updated, unchanged, refused for each reason.
        using var created = await client.ExportAsync(ApiCalls.Candidate("CONTRACT-1"), "contract-key-1");
        await Answer(client.ExportAsync(ApiCalls.Candidate("CONTRACT-1"), "contract-key-1"), HttpStatusCode.Created);
        await Answer(client.ExportAsync(ApiCalls.Candidate("CONTRACT-1", c => c["location"] = "Seattle, WA")), HttpStatusCode.OK);
        await Answer(client.ExportAsync(ApiCalls.Candidate("CONTRACT-1", c => c["location"] = "Seattle, WA")), HttpStatusCode.OK);
        await Answer(client.ExportAsync(ApiCalls.Candidate("CONTRACT-2", c => c["email"] = "not-an-email")), HttpStatusCode.BadRequest);
        await Answer(client.PostJsonAsync(ApiCalls.ExportsPath, "{\"candidateId\": ", "contract-key-2"), HttpStatusCode.BadRequest);
        await Answer(client.PostJsonAsync(ApiCalls.ExportsPath, "[1, 2]", "contract-key-3"), HttpStatusCode.BadRequest);
        await Answer(client.PostJsonAsync(ApiCalls.ExportsPath, ApiCalls.Candidate("CONTRACT-3").ToJsonString(), idempotencyKey: null), HttpStatusCode.BadRequest);
        await Answer(client.ExportAsync(ApiCalls.Candidate("CONTRACT-4"), "contract-key-1"), HttpStatusCode.UnprocessableEntity);
        await Answer(client.PostJsonAsync(ApiCalls.ExportsPath, $"{{\"candidateId\":\"{new string('x', 70_000)}\"}}", "contract-key-4"), HttpStatusCode.RequestEntityTooLarge);
        await Answer(PostTextAsync(client, ApiCalls.ExportsPath), HttpStatusCode.UnsupportedMediaType);
        await Answer(refused.ExportAsync(ApiCalls.Candidate("CONTRACT-5")), HttpStatusCode.Forbidden);
        await Answer(expired.ExportAsync(ApiCalls.Candidate("CONTRACT-6")), HttpStatusCode.Unauthorized);
        var id = Guid.Parse((await created.JsonAsync()).String("id")!);
        Assert.True((await app.Services.GetRequiredService<CandidateDecisionService>().DismissAsync(id, new Actor("hanna.reyes", "Hanna Reyes"), Ct)).Succeeded);
        await Answer(client.ExportAsync(ApiCalls.Candidate("CONTRACT-1", c => c["location"] = "Austin, TX")), HttpStatusCode.Conflict);

        // The batch: items of every kind in one answer, and the refusals of the whole batch.
        await Answer(client.ExportBatchAsync([ApiCalls.Candidate("CONTRACT-7"), ApiCalls.Candidate("CONTRACT-8", c => c["email"] = "nope"), ApiCalls.Candidate("CONTRACT-1"), null]), HttpStatusCode.OK);
        await Answer(client.ExportBatchAsync([]), HttpStatusCode.BadRequest);
        await Answer(client.PostJsonAsync(ApiCalls.ExportsPath + "/batch", "{\"items\": [" + string.Join(',', Enumerable.Repeat(ApiCalls.Candidate("CONTRACT-9").ToJsonString(), 7000)) + "]}", "contract-key-5"), HttpStatusCode.RequestEntityTooLarge);
        await Answer(PostTextAsync(client, ApiCalls.ExportsPath + "/batch"), HttpStatusCode.UnsupportedMediaType);
        await Answer(refused.ExportBatchAsync([ApiCalls.Candidate("CONTRACT-10")]), HttpStatusCode.Forbidden);
        await Answer(client.ExportBatchAsync([ApiCalls.Candidate("CONTRACT-11")], "contract-key-1"), HttpStatusCode.UnprocessableEntity);

        // The dry run, which takes no key.
        await Answer(client.PostJsonAsync(ApiCalls.ExportsPath + "/dry-run", ApiCalls.Candidate("CONTRACT-12").ToJsonString(), idempotencyKey: null), HttpStatusCode.OK);
        await Answer(client.PostJsonAsync(ApiCalls.ExportsPath + "/dry-run", ApiCalls.Candidate("CONTRACT-12", c => c["lastName"] = "").ToJsonString(), idempotencyKey: null), HttpStatusCode.BadRequest);
        await Answer(client.PostJsonAsync(ApiCalls.ExportsPath + "/dry-run", $"{{\"candidateId\":\"{new string('x', 70_000)}\"}}", idempotencyKey: null), HttpStatusCode.RequestEntityTooLarge);
        await Answer(PostTextAsync(client, ApiCalls.ExportsPath + "/dry-run"), HttpStatusCode.UnsupportedMediaType);
        await Answer(refused.PostJsonAsync(ApiCalls.ExportsPath + "/dry-run", ApiCalls.Candidate("CONTRACT-12").ToJsonString(), idempotencyKey: null), HttpStatusCode.Forbidden);

        // Reading back.
        await Answer(client.GetAsync($"{ApiCalls.ExportsPath}/{id}", Ct), HttpStatusCode.OK);
        await Answer(client.GetAsync($"{ApiCalls.ExportsPath}/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
        await Answer(refused.GetAsync($"{ApiCalls.ExportsPath}/{id}", Ct), HttpStatusCode.Forbidden);
        await Answer(client.GetAsync($"{ApiCalls.ExportsPath}?limit=2&status=Dismissed", Ct), HttpStatusCode.OK);
        await Answer(client.GetAsync($"{ApiCalls.ExportsPath}?limit=two&status=Gone&updatedSince=yesterday", Ct), HttpStatusCode.BadRequest);
        await Answer(client.GetAsync($"{ApiCalls.ExportsPath}?limit=500", Ct), HttpStatusCode.BadRequest);
        await Answer(client.GetAsync($"{ApiCalls.ExportsPath}?cursor=not-a-cursor", Ct), HttpStatusCode.BadRequest);
        await Answer(refused.GetAsync(ApiCalls.ExportsPath, Ct), HttpStatusCode.Forbidden);
        await Answer(expired.GetAsync(ApiCalls.ExportsPath, Ct), HttpStatusCode.Unauthorized);
        await Answer(client.GetAsync("/api/v1/metadata/exported-candidates", Ct), HttpStatusCode.OK);
        await Answer(refused.GetAsync("/api/v1/metadata/exported-candidates", Ct), HttpStatusCode.Forbidden);

        var checkedAnswers = app.ContractChecks.ToList();
        Assert.All(checkedAnswers, c => Assert.Empty(c.Violations));
        var document = (await app.ContractAsync()).Operations;
        Assert.Equal(document.Order(), checkedAnswers.Select(c => c.Operation).Distinct().Order());
        Assert.Superset(new HashSet<int> { 200, 201, 400, 401, 403, 404, 409, 413, 415, 422 }, checkedAnswers.Select(c => c.Status).ToHashSet());
        var answered = checkedAnswers.Select(c => (c.Operation, c.Status)).ToHashSet();
        Assert.All(document, operation => Assert.Contains((operation, 403), answered));
    }

    [Fact]
    public async Task Check_AgainstADocumentThatRequiresBothIdAndErrorsOfABatchItem_RefusesTheRealAnswer()
    {
        using var client = app.ApiClient();
        using var response = await client.ExportBatchAsync([ApiCalls.Candidate("CONTRACT-20"), ApiCalls.Candidate("CONTRACT-21", c => c["email"] = "nope")]);
        var body = await response.Content.ReadAsStringAsync(Ct);
        using var raw = app.CreateClient();
        var document = JsonNode.Parse(await raw.GetStringAsync("/openapi/v1.json", Ct))!.AsObject();
        var wrong = document.DeepClone().AsObject();
        // The document as it was before: both fields required on every item, which no item of a real answer has.
        wrong["components"]!["schemas"]!["BatchItem"]!["required"] = new JsonArray("index", "status", "id", "errors");

        var honest = new OpenApiContract(document).Check("POST", ApiCalls.ExportsPath + "/batch", 200, "application/json", body)!;
        var strict = new OpenApiContract(wrong).Check("POST", ApiCalls.ExportsPath + "/batch", 200, "application/json", body)!;

        Assert.Empty(honest.Violations);
        Assert.Contains(strict.Violations, v => v.Contains("/items/0", StringComparison.Ordinal) && v.Contains("errors", StringComparison.Ordinal));
        Assert.Contains(strict.Violations, v => v.Contains("/items/1", StringComparison.Ordinal) && v.Contains("id", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_OfAStatusTheDocumentDoesNotList_IsAViolation()
    {
        var contract = await app.ContractAsync();

        var check = contract.Check("POST", ApiCalls.ExportsPath + "/dry-run", 409, "application/problem+json", "{\"status\":409}")!;

        Assert.Equal("POST /api/v1/exported-candidates/dry-run answered 409, which the document does not list.", Assert.Single(check.Violations));
    }

    private static async Task Answer(Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        using var response = await call;
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private static Task<HttpResponseMessage> PostTextAsync(HttpClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(ApiCalls.Candidate("CONTRACT-TEXT").ToJsonString(), Encoding.UTF8, "text/plain") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return client.SendAsync(request, Ct);
    }
}
