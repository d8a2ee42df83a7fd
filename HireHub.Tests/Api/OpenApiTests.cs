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
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApiDocument_RequiresAnIdempotencyKeyWhereTheApiDoes_AndNowhereElse()
    {
        var paths = (await DocumentAsync())["paths"]!.AsObject();

        foreach (var path in (string[])["/api/v1/exported-candidates", "/api/v1/exported-candidates/batch"])
        {
            var key = Assert.Single(paths[path]!["post"]!["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "Idempotency-Key")!;
            Assert.Equal(("header", true), (key["in"]!.GetValue<string>(), key["required"]!.GetValue<bool>()));
            Assert.Equal("^[\\x20-\\x7E]{1,255}$", key["schema"]!["pattern"]!.GetValue<string>());
        }

        Assert.Null(paths["/api/v1/exported-candidates/dry-run"]!["post"]!["parameters"]);
        Assert.All(paths.Where(p => p.Value!["get"] is not null), p => Assert.DoesNotContain(
            p.Value!["get"]!["parameters"]?.AsArray() ?? [], parameter => parameter!["name"]!.GetValue<string>() == "Idempotency-Key"));
    }

    [Fact]
    public async Task OpenApiDocument_NamesTheListsQueryParametersAsTheyAreSent()
    {
        var parameters = (await DocumentAsync())["paths"]!["/api/v1/exported-candidates"]!["get"]!["parameters"]!.AsArray();

        Assert.Equal(["cursor", "limit", "status", "updatedSince"], parameters.Select(p => p!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(parameters, p => Assert.Equal("query", p!["in"]!.GetValue<string>()));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesABatchItemAsItIsSent_WithIdAndErrorsEachOptional()
    {
        var item = (await DocumentAsync())["components"]!["schemas"]!["BatchItem"]!;

        Assert.Equal(["index", "status"], item["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order());
        Assert.NotNull(item["properties"]!["id"]);
        Assert.NotNull(item["properties"]!["errors"]);
    }

    [Fact]
    public async Task OpenApiDocument_NamesItsServerWithoutATrailingSlash()
    {
        var servers = (await DocumentAsync())["servers"]!.AsArray();

        Assert.Equal(["http://localhost"], servers.Select(s => s!["url"]!.GetValue<string>()));
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var client = app.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;
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
