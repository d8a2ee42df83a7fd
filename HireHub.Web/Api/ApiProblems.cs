using System.Text.Json;
using HireHub.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Api;

/// <summary>
/// Every API error is <c>application/problem+json</c>. Each helper also notes the reason on the request, for
/// the integration log of refused calls.
/// </summary>
public static class ApiProblems
{
    public const string ReasonKey = "HireHub.Api.Reason";
    public const string CandidateIdKey = "HireHub.Api.CandidateId";
    public const string FieldsKey = "HireHub.Api.Fields";

    public static ProblemHttpResult Problem(HttpContext http, int status, string detail, IDictionary<string, object?>? extensions = null)
    {
        http.Items[ReasonKey] = detail;
        return TypedResults.Problem(detail: detail, statusCode: status, title: Title(http, status), extensions: extensions);
    }

    /// <summary>
    /// A 400 whose <c>errors</c> are keyed by the field's name in the API (<c>firstName</c>, <c>recruiter.email</c>), from
    /// Core's property paths unless <paramref name="keysAreApiNames"/> says they already are (a header, a query parameter).
    /// </summary>
    public static ValidationProblem Validation(HttpContext http, IDictionary<string, string[]> errors, string detail, bool keysAreApiNames = false)
    {
        var byField = keysAreApiNames ? new Dictionary<string, string[]>(errors) : errors.ToDictionary(e => FieldName(e.Key), e => e.Value);
        http.Items[FieldsKey] = byField;
        http.Items[ReasonKey] = detail + " " + string.Join(" ", byField.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        return TypedResults.ValidationProblem(byField, detail: detail, title: Title(http, StatusCodes.Status400BadRequest));
    }

    /// <summary>A Core service's refusal: 400 with the fields, 404, 409 or 422.</summary>
    public static Results<ValidationProblem, ProblemHttpResult> From(HttpContext http, Problem problem) => problem.Kind switch
    {
        ProblemKind.Invalid => Validation(http, problem.Errors ?? new Dictionary<string, string[]>(), problem.Message),
        ProblemKind.NotFound => Problem(http, StatusCodes.Status404NotFound, problem.Message),
        ProblemKind.KeyReused => Problem(http, StatusCodes.Status422UnprocessableEntity, problem.Message),
        _ => Problem(http, StatusCodes.Status409Conflict, problem.Message),
    };

    /// <summary>Writes a problem straight to the response, for errors raised outside an endpoint (401, 404, 429).</summary>
    public static Task WriteAsync(HttpContext http, int status, string detail)
    {
        http.Response.StatusCode = status;
        return Problem(http, status, detail).ExecuteAsync(http);
    }

    /// <summary>The status's title in the caller's language (English unless it sent <c>Accept-Language: nl</c>), else HTTP's reason phrase.</summary>
    public static string Title(HttpContext http, int status)
    {
        var title = http.RequestServices.GetRequiredService<IStringLocalizer<ApiText>>()[$"Status_{status}"];
        return title.ResourceNotFound ? ReasonPhrases.GetReasonPhrase(status) : title.Value;
    }

    /// <summary><c>Recruiter.Email</c> → <c>recruiter.email</c>; <c>Items[3].FirstName</c> → <c>items[3].firstName</c>.</summary>
    public static string FieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
