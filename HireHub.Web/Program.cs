using HireHub.Core.Data;
using HireHub.Web;
using HireHub.Web.Api;
using HireHub.Web.Authentication;
using HireHub.Web.Components;
using HireHub.Web.Exports;
using HireHub.Web.Localization;
using HireHub.Web.Operations;
using HireHub.Web.Privacy;
using HireHub.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddHireHubWeb();
builder.AddHireHubApi();

var app = builder.Build();

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(
    seedDemoData: app.Environment.IsDevelopment(),
    people: AuthenticationSetup.PeopleWhoSignIn(app.Configuration, app.Environment));

app.UseHireHubSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

if (app.Environment.IsProduction())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseHireHubLocalization();
app.UseHireHubPersonTimeZone();
app.UseHireHubApi();
app.UseAuthentication();
app.UseAuthorization();
// After authorisation: each application is limited by the client ID in its token.
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHireHubHealthChecks();
app.MapHireHubApi();
app.MapHireHubAccountEndpoints();
app.MapHireHubCultureEndpoint();
app.MapHireHubAdminEndpoints();
app.MapHireHubPrivacyEndpoints();
app.MapHireHubExportCsvEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
