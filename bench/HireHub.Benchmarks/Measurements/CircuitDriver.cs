using Microsoft.Playwright;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// P5's browser, in a child process of its own so that Playwright's objects do not sit in the heap being measured.
/// Signs in once as an HR person, then obeys lines on standard input: <c>open N</c> opens N Chromium pages on
/// Personnel management and answers once each is live with its candidates shown; <c>close</c> leaves and closes
/// them all; <c>quit</c> ends. Answers go to standard output, one line each.
/// </summary>
internal static class CircuitDriver
{
    public const string Switch = "--drive-circuits";

    private const string ChromiumPath = "/usr/bin/chromium";
    private const int PagesAtOnce = 4;

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static async Task<int> RunAsync(string baseAddress)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ChromiumArgs, Headless = true });
        await using var context = await browser.NewContextAsync(new() { BaseURL = baseAddress });
        await SignInAsync(context);
        Console.WriteLine("ready");

        var pages = new List<IPage>();
        while (Console.ReadLine() is { } line)
        {
            var command = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (command)
            {
                case ["open", var count]:
                    for (var left = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture); left > 0; left -= PagesAtOnce)
                    {
                        pages.AddRange(await Task.WhenAll(Enumerable.Range(0, Math.Min(left, PagesAtOnce)).Select(_ => OpenPersonnelManagementAsync(context))));
                    }

                    Console.WriteLine($"opened {pages.Count}");
                    break;
                case ["close"]:
                    await Task.WhenAll(pages.Select(LeaveAsync));
                    pages.Clear();
                    Console.WriteLine("closed");
                    break;
                case ["quit"]:
                    return 0;
                default:
                    await Console.Error.WriteLineAsync($"Unknown command: {line}");
                    return 2;
            }
        }

        return 0;
    }

    private static async Task SignInAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("account/sign-in");
        await page.GetByTestId($"sign-in-{BenchOptions.HrPersonId}").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        // The page signed in on is interactive too: leaving while its circuit still connects leaves the server a
        // disconnected circuit for minutes, which the first run would then wait for in vain.
        await page.Locator("[data-testid=interactive][data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        await LeaveAsync(page);
    }

    private static async Task<IPage> OpenPersonnelManagementAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("personnel-management");
        await page.Locator("[data-testid=interactive][data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        await page.GetByTestId("candidate-name").First.WaitForAsync(new() { Timeout = 120_000 });
        return page;
    }

    // Leaving the page (not just closing the tab) lets blazor.web.js tell the server, which then ends the circuit at once
    // instead of keeping it as a disconnected circuit for minutes.
    private static async Task LeaveAsync(IPage page)
    {
        await page.GotoAsync("about:blank");
        await page.CloseAsync();
    }
}
