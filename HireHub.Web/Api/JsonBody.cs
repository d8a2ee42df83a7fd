using System.Buffers;
using System.Reflection;
using System.Text.Json;
using HireHub.Core.Features.Exports;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Api;

/// <summary>The largest body an endpoint reads (<see cref="JsonBody{T}"/>); beyond it the answer is 413.</summary>
public sealed record ApiBodyLimit(int Bytes)
{
    public const int Single = 64 * 1024;

    /// <summary>1,000 items of a few hundred bytes each do not fit in 64 KiB; a batch may be this large.</summary>
    public const int Batch = 2 * 1024 * 1024;
}

/// <summary>
/// A JSON request body of type <typeparamref name="T"/>, read with HireHub's own rules: at most the endpoint's
/// <see cref="ApiBodyLimit"/> (413 beyond; the body is never read past it), sent as <c>application/json</c> (415),
/// well-formed, an object, each field once and of its type (400, naming the field). Unknown fields are ignored. The
/// request's OpenAPI description (its body schema and these answers) comes from this type, as for a framework-bound body.
/// </summary>
public sealed class JsonBody<T> : IApiBinding, IEndpointParameterMetadataProvider
    where T : class
{
    private readonly T? value;

    private JsonBody(T? value, ApiRefusal? refusal) => (this.value, Refusal) = (value, refusal);

    /// <summary>
    /// The body. <see cref="ApiChecks"/> answers a refusal before the endpoint runs, so an endpoint only ever reads
    /// this of a body that was read; reading it of a refused one is a bug, and says so.
    /// </summary>
    public T Value => value ?? throw new InvalidOperationException($"The body was refused ({Refusal?.Status}); {nameof(ApiChecks)} should have answered before the endpoint ran.");

    public ApiRefusal? Refusal { get; }

    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext http, ParameterInfo parameter)
    {
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<ApiText>>();
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<ApiBodyLimit>()?.Bytes ?? ApiBodyLimit.Single;
        if (!http.Request.HasJsonContentType())
        {
            // Routing already refuses another media type (415); a body sent with no Content-Type at all reaches here.
            // Refuse it rather than read it as JSON by luck.
            return Refused(StatusCodes.Status415UnsupportedMediaType, text["ContentTypeNotJson"]);
        }

        if (http.Request.ContentLength > limit)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, text["BodyTooLarge", limit / 1024]);
        }

        // A pooled buffer sized from Content-Length (grown only for a chunked body) instead of a fresh 16 KiB chunk and
        // a MemoryStream per request, which was most of a request's garbage. Measured against the framework's own
        // reader (ReadFromJsonAsync, as [FromBody] binds) with the benchmark's P1 --quick on the shared 2-core machine
        // (load 35-50, so noisy): the dry run, which reads and validates a body and writes nothing, cost 883 and
        // 1,004 µs of CPU per call this way against 1,115 and 1,161 µs; whole exports, which wait for their commit,
        // showed no difference above the noise. The bytes also serve JsonFieldRepetition on the error path.
        var buffer = ArrayPool<byte>.Shared.Rent(http.Request.ContentLength is { } announced ? (int)announced + 1 : 4096);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                // Never more than one byte past the limit, which is enough to know the body is too large.
                var read = await http.Request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, limit + 1) - length), http.RequestAborted);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    return Refused(StatusCodes.Status413PayloadTooLarge, text["BodyTooLarge", limit / 1024]);
                }
            }

            return Deserialize(http, buffer.AsMemory(0, length), text);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        builder.Metadata.Add(new AcceptsMetadata(["application/json"], typeof(T)));
        foreach (var status in (int[])[StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType])
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }

        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
    }

    private static JsonBody<T> Deserialize(HttpContext http, ReadOnlyMemory<byte> body, IStringLocalizer<ApiText> text)
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(body.Span, ExportJson.Options);
            if (value is null)
            {
                return Refused(StatusCodes.Status400BadRequest, text["BodyNotObject"]);
            }

            // The integration log names the candidate a refused export carried, whatever refuses it next.
            if (value is ExportCandidate { CandidateId: { } candidateId })
            {
                http.Items[ApiProblems.CandidateIdKey] = candidateId;
            }

            return new JsonBody<T>(value, null);
        }
        catch (JsonException ex) when (ex.InnerException is not JsonException && ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal))
        {
            // Well-formed JSON with a value of the wrong type, e.g. "firstName": 42, or a field sent twice (which of
            // two values would be meant is anyone's guess, and parsers differ): name the field.
            var repeated = JsonFieldRepetition.IsRepeated(body, path);
            var message = text["BodyInvalid"];
            return new JsonBody<T>(null, new ApiRefusal(StatusCodes.Status400BadRequest, message, new Dictionary<string, string[]>
            {
                [ApiProblems.FieldName(path[2..])] = [text[repeated ? "FieldRepeated" : "ValueWrongType"]],
            }));
        }
        catch (JsonException)
        {
            return Refused(StatusCodes.Status400BadRequest, text["BodyNotJson"]);
        }
    }

    private static JsonBody<T> Refused(int status, string detail) => new(null, new ApiRefusal(status, detail));
}
