using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Api;

/// <summary>
/// The refusals an endpoint's parameters found while binding, answered before the endpoint runs and in the order the
/// API has always checked a request: its body (<see cref="JsonBody{T}"/>: 415, 413, 400), then the registry
/// (<see cref="ApiCaller"/>: 403), then the <c>Idempotency-Key</c> header (400). Endpoints only see valid requests.
/// </summary>
public static class ApiChecks
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        var bindings = Enumerable.Range(0, parameters.Length)
            .Where(i => typeof(IApiBinding).IsAssignableFrom(parameters[i].ParameterType))
            .OrderBy(i => parameters[i].ParameterType == typeof(ApiCaller) ? 1 : 0)
            .ToArray();
        var checksKey = parameters.Any(p => p.GetCustomAttribute<FromHeaderAttribute>()?.Name == IdempotencyKeys.Header);
        if (bindings.Length == 0 && !checksKey)
        {
            return next;
        }

        return invocation =>
        {
            foreach (var index in bindings)
            {
                if (invocation.Arguments[index] is IApiBinding { Refusal: { } refusal })
                {
                    return ValueTask.FromResult<object?>(refusal.ToResult(invocation.HttpContext));
                }
            }

            if (checksKey && IdempotencyKeys.Refusal(invocation.HttpContext) is { } keyRefusal)
            {
                return ValueTask.FromResult<object?>(keyRefusal.ToResult(invocation.HttpContext));
            }

            return next(invocation);
        };
    }
}

/// <summary>
/// The <c>Idempotency-Key</c> header an export must carry: exactly one, of 1 to 255 printable ASCII characters. An
/// endpoint takes it as <c>[FromHeader(Name = IdempotencyKeys.Header), Required, RegularExpression(IdempotencyKeys.Pattern)] string?</c>,
/// which is how the OpenAPI document learns of it; <see cref="ApiChecks"/> refuses a missing or malformed one in HireHub's words.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    /// <summary>What the header must match, as the OpenAPI document states it (<see cref="Core.Domain.IdempotencyRecord.KeyMaxLength"/>).</summary>
    public const string Pattern = "^[\\x20-\\x7E]{1,255}$";

    public const string Description = "1 to 255 printable ASCII characters, new for each new request. A retry with the same key and body within 24 hours gets the first response again.";

    public static ApiRefusal? Refusal(HttpContext http)
    {
        var values = http.Request.Headers[Header];
        var key = values.Count == 1 ? values[0] : null;
        if (!string.IsNullOrEmpty(key) && key.Length <= Core.Domain.IdempotencyRecord.KeyMaxLength && key.All(c => c is >= ' ' and <= '~'))
        {
            return null;
        }

        var message = http.RequestServices.GetRequiredService<IStringLocalizer<ApiText>>()["IdempotencyKeyRequired"];
        return new ApiRefusal(StatusCodes.Status400BadRequest, message, new Dictionary<string, string[]> { [Header] = [message] });
    }
}
