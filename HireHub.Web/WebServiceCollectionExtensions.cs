using HireHub.Core;
using HireHub.Web.Authentication;
using HireHub.Web.Localization;
using HireHub.Web.Operations;
using HireHub.Web.Security;
using MudBlazor.Services;

namespace HireHub.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>Everything the web app needs: Core, sign-in, security, health checks, localisation, Blazor and MudBlazor.</summary>
    public static WebApplicationBuilder AddHireHubWeb(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddRepositorySettingsFile();
        builder.Services.AddHireHubCore(builder.Configuration, builder.Environment.ContentRootPath);
        builder.AddHireHubAuthentication();
        builder.AddHireHubSecurity();
        builder.Services.AddHireHubHealthChecks();
        builder.Services.AddRazorComponents().AddHireHubInteractiveServer(builder.Configuration);
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<Api.LiveRoundTrip>();
        builder.Services.AddHostedService<Privacy.RetentionBackgroundService>();
        builder.Services.AddHireHubLocalization();
        return builder;
    }
}
