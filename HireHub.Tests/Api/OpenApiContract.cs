using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace HireHub.Tests.Api;

/// <summary>One answer held against the document: the operation and status it was checked as, and what was wrong with it.</summary>
public sealed record ContractCheck(string Operation, int Status, IReadOnlyList<string> Violations);

/// <summary>
/// The API's answers held against its own OpenAPI document (<c>/openapi/v1.json</c>), as a partner's strictly generated
/// client would hold them: the status must be documented for the operation, with the answer's media type, and the body
/// must match the documented schema. OpenAPI 3.1 schemas are JSON Schema 2020-12; the document's component schemas
/// become the <c>$defs</c> of each schema checked.
/// </summary>
public sealed class OpenApiContract
{
    private readonly JsonObject document;
    private readonly IReadOnlyList<(Regex Pattern, string Template)> paths;
    private readonly ConcurrentDictionary<string, JsonSchema> schemas = new();

    public OpenApiContract(JsonObject document)
    {
        this.document = document;
        // Literal paths before templated ones: /exported-candidates/batch is not an {id}.
        paths = document["paths"]!.AsObject()
            .Select(p => p.Key)
            .OrderBy(template => template.Count(c => c == '{'))
            .Select(template => (new Regex("^" + Regex.Replace(Regex.Escape(template), @"\\\{[^/]+?}", "[^/]+") + "$"), template))
            .ToList();
    }

    /// <summary>Every operation the document describes, as <c>POST /api/v1/exported-candidates</c>.</summary>
    public IReadOnlyList<string> Operations =>
        [.. document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => $"{o.Key.ToUpperInvariant()} {p.Key}"))];

    /// <summary>
    /// Checks one answer. A path the document does not describe (an unknown route's 404) is no operation of the
    /// contract: null.
    /// </summary>
    public ContractCheck? Check(string method, string path, int status, string? mediaType, string body)
    {
        var verb = method.ToLowerInvariant();
        var template = paths.FirstOrDefault(p => p.Pattern.IsMatch(path) && document["paths"]![p.Template]![verb] is not null).Template;
        if (template is null)
        {
            return null;
        }

        var operation = $"{method.ToUpperInvariant()} {template}";
        var response = document["paths"]![template]![verb]!["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (response is null)
        {
            return new ContractCheck(operation, status, [$"{operation} answered {status}, which the document does not list."]);
        }

        var content = response["content"]?.AsObject();
        if (string.IsNullOrEmpty(body))
        {
            return new ContractCheck(operation, status, content is { Count: > 0 } ? [$"{operation} {status} came without the body the document promises."] : []);
        }

        if (mediaType is null || content?[mediaType]?["schema"] is not { } schema)
        {
            return new ContractCheck(operation, status, [$"{operation} {status} answered {mediaType ?? "no media type"}; the document lists {string.Join(", ", content?.Select(c => c.Key) ?? [])}."]);
        }

        JsonDocument instance;
        try
        {
            instance = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return new ContractCheck(operation, status, [$"{operation} {status}: the body is not JSON ({ex.Message})."]);
        }

        using (instance)
        {
            var results = SchemaFor($"{operation} {status} {mediaType}", schema).Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            var violations = results.IsValid
                ? []
                : (results.Details ?? []).Prepend(results)
                    .Where(d => d.Errors is { Count: > 0 })
                    .SelectMany(d => d.Errors!.Select(e => $"{operation} {status} at '{d.InstanceLocation}' ({d.EvaluationPath}): {e.Value}"))
                    .DefaultIfEmpty($"{operation} {status}: the body does not match the documented schema.")
                    .ToList();
            return new ContractCheck(operation, status, violations);
        }
    }

    private JsonSchema SchemaFor(string key, JsonNode schema) => schemas.GetOrAdd(key, _ =>
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = document["components"]?["schemas"]?.DeepClone() ?? new JsonObject(),
        };
        foreach (var (name, value) in schema.AsObject())
        {
            root[name] = value?.DeepClone();
        }

        var text = root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(text, new BuildOptions(), new Uri($"https://hirehub.test/openapi/{Guid.NewGuid():N}"));
    });
}

/// <summary>An answer of the API that its OpenAPI document does not describe.</summary>
public sealed class OpenApiContractViolation(string message) : Exception(message);

/// <summary>
/// Holds every answer of the API that passes through it against the OpenAPI document, so every API test is also a
/// contract test; an answer the document does not describe fails the call that got it.
/// </summary>
public sealed class ContractCheckingHandler(Func<Task<OpenApiContract>> contract, ConcurrentQueue<ContractCheck> checks) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (!path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var check = (await contract()).Check(request.Method.Method, path, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        if (check is null)
        {
            return response;
        }

        checks.Enqueue(check);
        if (check.Violations.Count > 0)
        {
            response.Dispose();
            throw new OpenApiContractViolation(string.Join(Environment.NewLine, check.Violations) + Environment.NewLine + "Body: " + (body.Length > 2000 ? body[..2000] : body));
        }

        return response;
    }
}
