using System.Reflection;
using HireHub.Core.Features.Integrations;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Api;

/// <summary>The registry operation an endpoint needs (<see cref="ApiCaller"/>): set with <see cref="ApiCallers.RequireRegistry"/>.</summary>
public sealed record RegistryOperation(IntegrationOperation Operation);

/// <summary>
/// The calling application as HireHub's registry sees it, bound like any parameter: the token names the application
/// (<c>azp</c> or <c>appid</c>); the registry (application user, security roles, linked connection, Entra application,
/// table) decides whether it may do the endpoint's <see cref="RegistryOperation"/>. A refusal is a 403 whose
/// <c>missingStep</c> names what is missing.
/// </summary>
public sealed class ApiCaller : IApiBinding, IEndpointParameterMetadataProvider
{
    private readonly IntegrationCaller? value;

    private ApiCaller(IntegrationCaller? value, ApiRefusal? refusal) => (this.value, Refusal) = (value, refusal);

    /// <summary>
    /// The authorised caller. <see cref="ApiChecks"/> answers a refusal before the endpoint runs, so an endpoint only
    /// ever reads this of an allowed caller; reading it of a refused one is a bug, and says so.
    /// </summary>
    public IntegrationCaller Value => value ?? throw new InvalidOperationException($"The caller was refused ({Refusal?.Status}); {nameof(ApiChecks)} should have answered before the endpoint ran.");

    public ApiRefusal? Refusal { get; }

    public static async ValueTask<ApiCaller?> BindAsync(HttpContext http, ParameterInfo parameter)
    {
        var operation = http.GetEndpoint()?.Metadata.GetMetadata<RegistryOperation>()?.Operation
            ?? throw new InvalidOperationException($"The endpoint binds an {nameof(ApiCaller)} but names no registry operation: call RequireRegistry when mapping it.");
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<ApiText>>();
        if (ApiAuthentication.ClientIdOf(http.User) is not { } clientId)
        {
            return new ApiCaller(null, new ApiRefusal(StatusCodes.Status403Forbidden, text["NoClientId"]));
        }

        var decision = await http.RequestServices.GetRequiredService<IntegrationRegistry>().AuthorizeAsync(clientId, operation, http.RequestAborted);
        return decision.Refusal is { } refusal
            ? new ApiCaller(null, new ApiRefusal(StatusCodes.Status403Forbidden, refusal.Message, Extensions: new Dictionary<string, object?> { ["missingStep"] = refusal.Step.ToString() }))
            : new ApiCaller(decision.Caller, null);
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), ["application/problem+json"]));
}

public static class ApiCallers
{
    /// <summary>The registry operation the endpoint's <see cref="ApiCaller"/> must be allowed.</summary>
    public static RouteHandlerBuilder RequireRegistry(this RouteHandlerBuilder endpoint, IntegrationOperation operation) =>
        endpoint.WithMetadata(new RegistryOperation(operation));
}
