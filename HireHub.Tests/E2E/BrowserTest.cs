using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>
/// A test that drives HireHub in Chromium: a fresh browser context per test, a screenshot and the page's HTML
/// kept when it fails, and the steps every scenario shares (sign in, wait until the page is live). Every test also
/// records what the Content-Security-Policy blocked, from the console and from <c>securitypolicyviolation</c>
/// events, and fails when anything was: the app must work under its own policy.
/// </summary>
public abstract class BrowserTest(ChromiumWithHireHub chromium) : IAsyncLifetime
{
    private const string RecordViolations =
        "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));";

    private readonly List<string> cspViolations = [];
    private IBrowserContext? context;

    /// <summary>What the Content-Security-Policy blocked so far in this test.</summary>
    protected IReadOnlyList<string> CspViolations
    {
        get
        {
            lock (cspViolations)
            {
                return [.. cspViolations];
            }
        }
    }

    protected IPage Page { get; private set; } = default!;

    /// <summary>The time zone Chromium runs in (IANA name); HireHub shows every time in the browser's zone.</summary>
    protected virtual string BrowserTimeZone => "UTC";

    /// <summary>The app under test, for what a test does beside the browser (calling the API as an ATS).</summary>
    protected LiveHireHubApp App { get; } = chromium.App;

    /// <summary>Where screenshots go: <c>HIREHUB_TEST_ARTIFACTS</c> (scripts/test.sh sets TestResults/artifacts), else beside the test binaries.</summary>
    protected static string ArtifactsFolder { get; } = Directory.CreateDirectory(Path.Combine(
        Environment.GetEnvironmentVariable("HIREHUB_TEST_ARTIFACTS") is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "artifacts"),
        "e2e")).FullName;

    /// <summary>For a test that provokes a violation on purpose, once it has checked it.</summary>
    protected void ForgetCspViolations()
    {
        lock (cspViolations)
        {
            cspViolations.Clear();
        }
    }

    public async ValueTask InitializeAsync()
    {
        context = await chromium.Browser.NewContextAsync(new()
        {
            BaseURL = chromium.App.Address.ToString(),
            ViewportSize = new() { Width = 1440, Height = 1100 },
            Locale = "en-US",
            TimezoneId = BrowserTimeZone,
        });
        await context.AddInitScriptAsync(RecordViolations);
        Page = await context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.StartsWith("CSP violation", StringComparison.Ordinal))
            {
                lock (cspViolations)
                {
                    cspViolations.Add(message.Text);
                }
            }
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
        {
            // What the page showed when the test failed. (A Playwright trace would say more, but recording one
            // doubles the time of every step, and CI machines are slow enough.)
            if (TestContext.Current.TestState?.Result == TestResult.Failed)
            {
                var name = Regex.Replace(TestContext.Current.Test?.TestDisplayName ?? "failed-test", "[^A-Za-z0-9_.-]+", "-");
                var folder = Directory.CreateDirectory(Path.Combine(ArtifactsFolder, "failures")).FullName;
                await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
                await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.html"), await Page.ContentAsync());
            }

            await context.DisposeAsync();
        }

        GC.SuppressFinalize(this);
        Assert.Empty(CspViolations);
    }

    /// <summary>Signs in on the local sign-in page as a demo person and lands on <paramref name="returnUrl"/>, live.</summary>
    protected async Task SignInAsync(string personId, string returnUrl)
    {
        await Page.GotoAsync($"account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await Page.GetByTestId($"sign-in-{personId}").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"{Regex.Escape(returnUrl)}$"));
        await WaitUntilInteractiveAsync();
    }

    /// <summary>Server-rendered HTML shows before the circuit is up; a click before then would be lost.</summary>
    protected Task WaitUntilInteractiveAsync() =>
        Expect(Page.GetByTestId("interactive")).ToHaveAttributeAsync("data-interactive", "true");

    /// <summary>Opens a MudSelect, picks the option, and waits until the choice has come back from the server.</summary>
    protected async Task ChooseAsync(ILocator scope, string inputId, string option)
    {
        var select = scope.Locator($"div.mud-input-control:has(#{inputId})");
        await select.Locator($"[role=combobox], #{inputId}:not([type=hidden])").First.ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = option }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        // The choice shows as the combobox's text, or as the input's value (a select with no value yet, or one named
        // through ToStringFunc); which one can change as the select re-renders, so wait for either.
        await Page.WaitForFunctionAsync(
            "([control, option]) => control.querySelector('[role=combobox]')?.textContent.includes(option) || [...control.querySelectorAll('input')].some(i => i.value.includes(option))",
            new object[] { await select.ElementHandleAsync(), option });
    }
}
