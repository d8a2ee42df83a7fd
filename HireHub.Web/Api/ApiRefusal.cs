namespace HireHub.Web.Api;

/// <summary>
/// Why a request cannot reach its endpoint, found while binding its parameters (<see cref="JsonBody{T}"/>,
/// <see cref="ApiCaller"/>, the idempotency key). Kept as data until <see cref="ApiChecks"/> picks the one to answer,
/// so only that one is noted for the integration log. <see cref="Errors"/> are keyed by the API's field names.
/// </summary>
public sealed record ApiRefusal(int Status, string Detail, IDictionary<string, string[]>? Errors = null, IDictionary<string, object?>? Extensions = null)
{
    public IResult ToResult(HttpContext http) => Errors is null
        ? ApiProblems.Problem(http, Status, Detail, Extensions)
        : ApiProblems.Validation(http, Errors, Detail, keysAreApiNames: true);
}

/// <summary>A bound parameter that may carry the refusal of its request instead of a value.</summary>
public interface IApiBinding
{
    ApiRefusal? Refusal { get; }
}
