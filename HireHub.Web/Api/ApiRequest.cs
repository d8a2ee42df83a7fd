using System.Buffers;
using System.Text.Json;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace HireHub.Web.Api;

/// <summary>A step of handling a request: its value, or the response that ends the request.</summary>
public readonly record struct ApiStep<T>(T? Value, IResult? Failure)
{
    public static implicit operator ApiStep<T>(T value) => new(value, null);
}

/// <summary>The checks every API request goes through, in the order the endpoints apply them.</summary>
public static class ApiRequest
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const int SingleBodyLimit = 64 * 1024;

    /// <summary>1,000 items of a few hundred bytes each do not fit in 64 KiB; a batch may be this large.</summary>
    public const int BatchBodyLimit = 2 * 1024 * 1024;

    /// <summary>
    /// Reads a JSON body of at most <paramref name="limit"/> bytes (413 beyond; the body is never read past it).
    /// Unknown fields are ignored; malformed JSON, or a value of the wrong type, is a 400.
    /// </summary>
    public static async Task<ApiStep<T>> ReadJsonAsync<T>(HttpContext http, int limit, IStringLocalizer<ApiText> text, CancellationToken ct)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            // Routing already refuses another media type (415); a body sent with no Content-Type at all reaches here.
            // Refuse it rather than read it as JSON by luck.
            return Fail<T>(ApiProblems.Problem(http, StatusCodes.Status415UnsupportedMediaType, text["ContentTypeNotJson"]));
        }

        if (http.Request.ContentLength > limit)
        {
            return Fail<T>(ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, text["BodyTooLarge", limit / 1024]));
        }

        // Every export reads its body here: a pooled buffer sized from Content-Length (grown only for a chunked body)
        // instead of a fresh 16 KiB chunk and a MemoryStream per request, which was most of a request's garbage.
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
                var read = await http.Request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, limit + 1) - length), ct);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    return Fail<T>(ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, text["BodyTooLarge", limit / 1024]));
                }
            }

            return Deserialize<T>(http, buffer.AsMemory(0, length), text);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ApiStep<T> Deserialize<T>(HttpContext http, ReadOnlyMemory<byte> body, IStringLocalizer<ApiText> text)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(body.Span, ExportJson.Options);
            return value is null ? Fail<T>(ApiProblems.Problem(http, StatusCodes.Status400BadRequest, text["BodyNotObject"])) : value;
        }
        catch (JsonException ex) when (ex.InnerException is not JsonException && ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal))
        {
            // Well-formed JSON with a value of the wrong type, e.g. "firstName": 42, or a field sent twice (which of
            // two values would be meant is anyone's guess, and parsers differ): name the field.
            var repeated = JsonFieldRepetition.IsRepeated(body, path);
            var errors = new Dictionary<string, string[]> { [ApiProblems.FieldName(path[2..])] = [text[repeated ? "FieldRepeated" : "ValueWrongType"]] };
            return Fail<T>(ApiProblems.Validation(http, errors, text["BodyInvalid"], keysAreApiNames: true));
        }
        catch (JsonException)
        {
            return Fail<T>(ApiProblems.Problem(http, StatusCodes.Status400BadRequest, text["BodyNotJson"]));
        }
    }

    /// <summary>The <c>Idempotency-Key</c> header: required, 1 to 255 printable ASCII characters.</summary>
    public static ApiStep<string> IdempotencyKey(HttpContext http, IStringLocalizer<ApiText> text)
    {
        var values = http.Request.Headers[IdempotencyKeyHeader];
        var key = values.Count == 1 ? values[0] : null;
        if (string.IsNullOrEmpty(key) || key.Length > Core.Domain.IdempotencyRecord.KeyMaxLength || key.Any(c => c is < ' ' or > '~'))
        {
            var message = text["IdempotencyKeyRequired"];
            return Fail<string>(ApiProblems.Validation(http, new Dictionary<string, string[]> { [IdempotencyKeyHeader] = [message] }, message, keysAreApiNames: true));
        }

        return key;
    }

    /// <summary>HireHub's registry decides what the application named by the token may do; a refusal says which step is missing.</summary>
    public static async Task<ApiStep<IntegrationCaller>> AuthorizeAsync(HttpContext http, IntegrationRegistry registry, IntegrationOperation operation, IStringLocalizer<ApiText> text, CancellationToken ct)
    {
        var clientId = ApiAuthentication.ClientIdOf(http.User);
        if (clientId is null)
        {
            return Fail<IntegrationCaller>(ApiProblems.Problem(http, StatusCodes.Status403Forbidden, text["NoClientId"]));
        }

        var decision = await registry.AuthorizeAsync(clientId, operation, ct);
        if (decision.Refusal is { } refusal)
        {
            return Fail<IntegrationCaller>(ApiProblems.Problem(http, StatusCodes.Status403Forbidden, refusal.Message, new Dictionary<string, object?>
            {
                ["missingStep"] = refusal.Step.ToString(),
            }));
        }

        return decision.Caller!;
    }

    /// <summary>The ATS's writes are audited as its application user on behalf of its Entra application's acting user.</summary>
    public static ExportSource ToExportSource(this IntegrationCaller caller)
    {
        var name = caller.ActingPersonName is null ? caller.UserName : $"{caller.UserName} on behalf of {caller.ActingPersonName}";
        return new(caller.ConnectionId, caller.DefaultPhoneRegion, new Core.Common.Actor(caller.ClientId.ToString(), name.Length > 200 ? name[..200] : name));
    }

    /// <summary>The JSON response of a successful call, written with the options stored responses use.</summary>
    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) => TypedResults.Json(value, ExportJson.Options, statusCode: status);

    /// <summary>The WWW-Authenticate challenge, as a reason for a 401.</summary>
    public static string? ChallengeOf(HttpResponse response) =>
        response.Headers[HeaderNames.WWWAuthenticate].ToString() is { } challenge && challenge.Contains("error", StringComparison.Ordinal) ? challenge : null;

    private static ApiStep<T> Fail<T>(IResult failure) => new(default, failure);
}
