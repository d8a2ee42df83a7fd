using System.Net;
using System.Text.Json.Nodes;

namespace HireHub.Tests.Api;

/// <summary>ATS developers find the contract in the OpenAPI document and its reference page.</summary>
public sealed class OpenApiTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    [Fact]
    public async Task OpenApiDocument_IsServedWithEveryEndpointOfTheContract()
    {
        using var client = app.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;

        var paths = document["paths"]!.AsObject();
        Assert.NotNull(paths["/api/v1/exported-candidates"]!["post"]);
        Assert.NotNull(paths["/api/v1/exported-candidates"]!["get"]);
        Assert.NotNull(paths["/api/v1/exported-candidates/batch"]!["post"]);
        Assert.NotNull(paths["/api/v1/exported-candidates/{id}"]!["get"]);
        Assert.NotNull(paths["/api/v1/metadata/exported-candidates"]!["get"]);
        Assert.NotNull(document["components"]!["securitySchemes"]!["Bearer"]);
        Assert.NotNull(document["components"]!["schemas"]!["ExportCandidate"]);
        Assert.Contains(paths["/api/v1/exported-candidates"]!["post"]!["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "Idempotency-Key");
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApiReferencePage_IsServed()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/scalar/v1", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownApiRoute_Returns404ProblemDetails()
    {
        using var client = app.ApiClient();

        using var response = await client.GetAsync("/api/v1/nothing-here", TestContext.Current.CancellationToken);

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }
}
