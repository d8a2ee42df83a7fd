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
        builder.Services.AddHireHubCircuitScaleOut(builder.Configuration);
        builder.Services.AddMudServices();
        builder.Services.AddHireHubComponents();
        builder.Services.AddSingleton<Api.LiveRoundTrip>();
        builder.Services.AddHireHubPersonTimeZone();
        builder.Services.AddHostedService<Privacy.RetentionBackgroundService>();
        builder.Services.Configure<CandidateFeedOptions>(builder.Configuration.GetSection(CandidateFeedOptions.SectionName));
        builder.Services.AddHostedService<CandidateFeedFollower>();
        builder.Services.AddHireHubLocalization();
        return builder;
    }

    /// <summary>What every page, form and dialog shares: the signed-in person, the one way to submit to Core, and how HR decides on a candidate.</summary>
    public static IServiceCollection AddHireHubComponents(this IServiceCollection services) =>
        services.AddScoped<CurrentActor>().AddScoped<Components.Shared.FormSubmission>()
            .AddScoped<Components.Pages.PersonnelManagement.CandidateDecisionDialogs>();
}
