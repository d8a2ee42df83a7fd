using AngleSharp.Dom;
using System.Security.Claims;
using Bunit;
using HireHub.Core;
using HireHub.Core.Data;
using HireHub.Web;
using HireHub.Web.Api;
using HireHub.Web.Authentication;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using MudBlazor;
using MudBlazor.Services;

namespace HireHub.Tests.Components.Admin;

/// <summary>
/// An admin page rendered with bUnit over Core's real services on its own SQLite file (reference and demo data,
/// the demo people), signed in as Sam Okoye (Admin), with MudBlazor's dialog and popover providers beside it.
/// </summary>
public abstract class AdminPageTest : BunitContext, IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("hirehub-admin-").FullName;
    private IRenderedComponent<MudDialogProvider>? dialogs;
    private IRenderedComponent<MudPopoverProvider>? popovers;

    // bUnit waits one second by default; on a build machine shared with other builds a database round trip can take longer.
    static AdminPageTest() => DefaultWaitTimeout = TimeSpan.FromSeconds(5);

    protected AdminPageTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:HireHub"] = $"Data Source={Path.Combine(folder, "hirehub.db")}" })
            .Build();
        Services.AddHireHubCore(configuration, folder);
        Services.ConfigureDbContext<SqliteHireHubDbContext>(o => o.AddInterceptors(Store));
        Services.AddMudServices();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        Services.AddSingleton<IServer, NoServer>();
        Services.AddSingleton<LiveRoundTrip>();
        Services.AddSingleton<HireHub.Web.Security.SecurityEvents>();
        Services.AddHireHubComponents();
        var auth = AddAuthorization();
        auth.SetAuthorized("Sam Okoye");
        auth.SetRoles(HireHubRoles.Admin);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "sam.okoye"));
    }

    public async ValueTask InitializeAsync() =>
        await Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(true, DemoPeople.AsHireHubPeople(), Xunit.TestContext.Current.CancellationToken);

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up with the temp folder.
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The store, which a test can make fail one command, as a full disk or a dropped connection would.</summary>
    protected FailingCommands Store { get; } = new();

    protected T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The page under test with the providers its dialogs and menus render into.</summary>
    protected IRenderedComponent<TPage> RenderPage<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        popovers = Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        return Render(parameters ?? (_ => { }));
    }

    /// <summary>The dialog provider, where dialogs and message boxes show.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs => dialogs ?? throw new InvalidOperationException("Render the page first.");

    /// <summary>Opens the MudSelect whose input has <paramref name="inputId"/> (on the page or in a dialog) and clicks the option showing <paramref name="optionText"/>, each on the dispatcher (see <see cref="DispatcherSafe"/>).</summary>
    protected void Choose<TComponent>(IRenderedComponent<TComponent> where, string inputId, string optionText)
        where TComponent : IComponent
    {
        var list = popovers ?? throw new InvalidOperationException("Render the page first.");
        where.InvokeAsync(() => where.Find($"#{inputId}").Closest(".mud-input-control")!.MouseDown()).GetAwaiter().GetResult();
        list.WaitForElement(".mud-popover-open .mud-list-item");
        list.ClickAsync(() => list.FindAll(".mud-popover-open .mud-list-item").Single(item => item.TextContent.Trim() == optionText)).GetAwaiter().GetResult();
        list.WaitForAssertion(() => Assert.Empty(list.FindAll(".mud-popover-open .mud-list-item")));
    }
}
