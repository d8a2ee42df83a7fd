using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HireHub.Tests.Api;

/// <summary>Requests as an ATS sends them, and what the tests read back from the responses.</summary>
internal static class ApiCalls
{
    public const string ExportsPath = "/api/v1/exported-candidates";

    /// <summary>A valid export body; change fields with <paramref name="with"/>.</summary>
    public static JsonObject Candidate(string candidateId, Action<JsonObject>? with = null)
    {
        var body = new JsonObject
        {
            ["candidateId"] = candidateId,
            ["firstName"] = "Maria",
            ["lastName"] = "Campbell",
            ["email"] = "maria.campbell@example.com",
            ["phone"] = "(425) 555-0199",
            ["startDate"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["jobTitle"] = "Software Engineer",
            ["location"] = "Redmond, WA",
            ["hrisProvider"] = "HireHub",
            ["recruiter"] = new JsonObject { ["name"] = "Lisa Taylor", ["email"] = "lisa.taylor@contoso.com" },
        };
        with?.Invoke(body);
        return body;
    }

    public static Task<HttpResponseMessage> ExportAsync(this HttpClient client, JsonNode body, string? idempotencyKey = null) =>
        client.PostJsonAsync(ExportsPath, body.ToJsonString(), idempotencyKey ?? Guid.NewGuid().ToString());

    public static Task<HttpResponseMessage> ExportBatchAsync(this HttpClient client, IEnumerable<JsonNode?> items, string? idempotencyKey = null) =>
        client.PostJsonAsync(ExportsPath + "/batch", new JsonObject { ["items"] = new JsonArray([.. items.Select(i => i?.DeepClone())]) }.ToJsonString(), idempotencyKey ?? Guid.NewGuid().ToString());

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;

    /// <summary>Asserts the status and that the error, as every API error, is problem details; returns them.</summary>
    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal((int)status, (int)problem["status"]!);
        return problem;
    }

    /// <summary>The field names of a validation problem's <c>errors</c>.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonObject problem) =>
        problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ToList();

    public static string? String(this JsonNode node, string name) => node[name]?.GetValue<string>();

    public static string Serialize(JsonNode node) => node.ToJsonString(new JsonSerializerOptions());
}
