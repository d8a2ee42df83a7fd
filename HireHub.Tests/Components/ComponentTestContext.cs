using Bunit;
using Bunit.TestDoubles;
using HireHub.Core;
using HireHub.Core.Data;
using HireHub.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace HireHub.Tests.Components;

/// <summary>
/// A bUnit context wired like the app: MudBlazor (with its labels in the person's language), the real Core services on a SQLite file of its own,
/// the real resx text, and Hanna Reyes signed in with the HR role. Time stands still at <see cref="Now"/>
/// until a test advances it; MudBlazor's debounce timers run on the same clock, so
/// <see cref="LetDebounceElapse"/> is how a test lets a search box's pause pass.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string databaseFolder = Directory.CreateTempSubdirectory("hirehub-components-").FullName;

    // bUnit waits one second by default; on a build machine shared with other builds a database round trip can take longer.
    static ComponentTestContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(5);

    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudBlazor.MudLocalizer, HireHub.Web.Localization.MudBlazorLocalizer>();
        Services.AddHireHubCore(DatabaseSettings(databaseFolder), databaseFolder);
        Services.ConfigureDbContext<SqliteHireHubDbContext>(o => o.AddInterceptors(Store));
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton<HireHub.Web.Security.SecurityEvents>();
        Services.AddHireHubComponents();
        Auth = AddAuthorization();
        Auth.SetAuthorized("Hanna Reyes").SetRoles("HR");
        SetRendererInfo(new RendererInfo("Server", true));
        Data = new TestData(() => Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>(), Time);
    }

    protected FakeTimeProvider Time { get; } = new(Now);

    /// <summary>Who is signed in: Hanna Reyes (HR) unless a test signs in someone else before rendering.</summary>
    protected BunitAuthorizationContext Auth { get; }

    /// <summary>The store, which a test can make fail one command, as a full disk or a dropped connection would.</summary>
    protected FailingCommands Store { get; } = new();

    protected TestData Data { get; }

    public virtual async ValueTask InitializeAsync()
    {
        // Migrating takes a few hundred milliseconds; copying a database migrated once takes a few.
        File.Copy(await MigratedTemplate.Value, DatabasePath(databaseFolder));
        await Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false, ct: Xunit.TestContext.Current.CancellationToken);
    }

    /// <summary>Renders <typeparamref name="TComponent"/> inside the MudBlazor providers, as MainLayout would.</summary>
    protected IRenderedComponent<ComponentHost> RenderInHost<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent =>
        Render<ComponentHost>(host => host.AddChildContent(parameters));

    /// <summary>Clicks on the renderer's dispatcher; see <see cref="DispatcherSafe"/>.</summary>
    protected static Task ClickAsync(IRenderedComponent<ComponentHost> host, Func<AngleSharp.Dom.IElement> find) => host.ClickAsync(find);

    /// <summary>
    /// Types on the renderer's dispatcher (see <see cref="DispatcherSafe"/>): the field's handler has started (and its
    /// debounce timer is set) when this returns, so <see cref="LetDebounceElapse"/> after it counts.
    /// </summary>
    protected static Task TypeAsync(IRenderedComponent<ComponentHost> host, string selector, string text) => host.TypeAsync(selector, text);

    /// <summary>
    /// Reads every time as a person in <paramref name="ianaZone"/> would (<c>Pacific/Auckland</c>), as the time zone
    /// cookie sets it in the app; without this the component shows UTC.
    /// </summary>
    protected void UseTimeZone(string ianaZone, bool chosen = false)
    {
        Assert.True(Services.GetRequiredService<HireHub.Core.Common.PersonTime>().Use(ianaZone, chosen), $"{ianaZone} is not a time zone here.");
        HireHub.Core.Common.PersonTime.Ambient = Services.GetRequiredService<HireHub.Core.Common.PersonTime>().Zone;
    }

    /// <summary>Lets a debounce interval pass, as when the person stops typing for a moment.</summary>
    protected void LetDebounceElapse() => Time.Advance(TimeSpan.FromSeconds(1));

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        Directory.Delete(databaseFolder, recursive: true);
    }

    private static readonly Lazy<Task<string>> MigratedTemplate = new(CreateMigratedTemplateAsync);

    private static async Task<string> CreateMigratedTemplateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("hirehub-components-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var services = new ServiceCollection().AddLogging().AddHireHubCore(DatabaseSettings(folder), folder);
        await using (var provider = services.BuildServiceProvider())
        {
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
        }

        return DatabasePath(folder);
    }

    private static string DatabasePath(string folder) => Path.Combine(folder, "hirehub.db");

    // No pooling: the last connection closed checkpoints the WAL into the file, so it can be copied or deleted at once.
    private static IConfiguration DatabaseSettings(string folder) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:HireHub"] = $"Data Source={DatabasePath(folder)};Pooling=False" })
        .Build();
}
