using HireHub.Core.Features.Exports;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace HireHub.Web.Api;

/// <summary>The inbound API for applicant tracking systems: <c>AddHireHubApi</c> registers it, <c>UseHireHubApi</c> and <c>MapHireHubApi</c> serve it.</summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    public static WebApplicationBuilder AddHireHubApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.SectionName));
        builder.AddHireHubApiAuthentication();
        builder.AddHireHubApiRateLimiting();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => ExportJson.Configure(o.SerializerOptions));
        builder.Services.AddSingleton<RefusalThrottle>();
        builder.Services.AddHostedService<IdempotencyCleanup>();
        builder.Services.AddOpenApi(o =>
        {
            // The document is for ATS developers: the API only, not the people's sign-in endpoints.
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer(DescribeDocument);
        });
        return builder;
    }

    /// <summary>
    /// What the framework cannot infer from the endpoints: the document's title and description, the bearer scheme (the
    /// JWT handler publishes none) and a server URL without the trailing slash it writes. Paths, parameters, bodies and
    /// every answer's schema come from the endpoints' signatures and metadata.
    /// </summary>
    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info.Title = "HireHub API";
        document.Info.Description = "How an applicant tracking system exports hired candidates to HireHub. Authenticate with an app-only bearer token; "
            + "HireHub's registry of application users, security roles and connections decides what the application may do.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An app-only token: Entra ID in production, `dotnet user-jwts` in Development. The client ID is read from azp (or appid).",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];

        // The framework writes the request's base address with a trailing slash, so a client joining it with the
        // paths ("/api/v1/...") would ask for "//api/v1/...".
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Problem details and the integration log for every <c>/api</c> request. Call it before authentication, so
    /// a 401 passes through it too.
    /// </summary>
    public static WebApplication UseHireHubApi(this WebApplication app)
    {
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments("/api"),
            api =>
            {
                api.UseExceptionHandler();
                api.UseMiddleware<ApiErrorMiddleware>();
            });
        return app;
    }

    /// <summary>The endpoints, the OpenAPI document at <c>/openapi/v1.json</c> and the API reference at <c>/scalar</c>.</summary>
    public static WebApplication MapHireHubApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix)
            .RequireAuthorization(ApiAuthentication.Policy)
            .RequireRateLimiting(ApiRateLimiting.Policy)
            .AddEndpointFilterFactory(ApiChecks.Create)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapExportedCandidates();
        api.MapMetadata();

        // The contract is public on purpose: it holds no data, and an ATS developer reads it before having a token.
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("HireHub API")).AllowAnonymous();
        return app;
    }
}
