using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>
/// Every page of every role, and every dialog on them, checked with axe-core (WCAG 2.1 A/AA): no serious or critical
/// finding anywhere. A page or dialog added to HireHub gets one line in <see cref="Stops"/>: who opens it, where, and
/// (for a dialog or a tab) what they click. A screenshot of each stop lands in the test artifacts, named after it.
/// </summary>
public sealed class AccessibilityWalk(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    private const string Hr = "hanna.reyes";
    private const string Recruiter = "riya.patel";
    private const string Admin = "sam.okoye";

    /// <summary>Name (also the screenshot's), who (null: nobody signed in), the page, and what to open on it.</summary>
    private static readonly Stop[] Stops =
    [
        new("sign-in", null, "/account/sign-in"),
        new("access-denied", null, "/account/access-denied"),

        new("home-hr", Hr, "/", Ready: "hr-weekly"),
        new("personnel-management", Hr, "/personnel-management", Ready: "candidate-name"),
        new("personnel-management-missing-data", Hr, "/personnel-management?missing=true", Ready: "candidates-filter"),
        new("hire-new-worker-dialog", Hr, "/personnel-management", p => ClickAndWaitForDialogAsync(p, p.Locator("[data-testid^=hire-]").First)),
        new("do-not-hire-dialog", Hr, "/personnel-management", p => ClickAndWaitForDialogAsync(p, p.Locator("[data-testid^=do-not-hire-]").First)),
        new("dismiss-confirm", Hr, "/personnel-management", p => ClickAndWaitForDialogAsync(p, p.Locator("[data-testid^=dismiss-]").First)),
        new("profile-menu", Hr, "/personnel-management", OpenProfileMenuAsync),
        new("workers", Hr, "/workers", Ready: "worker-link"),
        new("worker-details", Hr, "/workers/000001", Ready: "worker-phone"),
        new("worker-contact-dialog", Hr, "/workers/000001", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("edit-contact"))),
        new("exports-hr", Hr, "/exports", Ready: "export-name"),
        new("onboarding", Hr, "/onboarding", Ready: "onboarding-task"),
        new("onboarding-task-dialog", Hr, "/onboarding", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("task-complete").First)),
        new("onboarding-checklists", Hr, "/onboarding/checklists", Ready: "checklist-template"),
        new("checklist-editor-dialog", Hr, "/onboarding/checklists", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("checklist-edit").First)),
        new("bulk-hire-dialog", Hr, "/personnel-management", OpenHireSelectedAsync, Ready: "candidate-name"),
        new("dismiss-hire-dialog", Hr, "/personnel-management", HireThenOpenDismissAsync, Ready: "candidate-name"),

        new("home-recruiter", Recruiter, "/", Ready: "recruiter-weekly"),
        new("export-to-hris", Recruiter, "/exports/new"),
        new("csv-preview", Recruiter, "/exports/new", PreviewCsvAsync),
        new("exports", Recruiter, "/exports", Ready: "export-name"),
        new("exports-filtered", Recruiter, "/exports?status=NotProcessed&recruiter=riya.patel@contoso.com", Ready: "exports-filter"),
        new("exports-history", Recruiter, "/exports", ExpandFirstExportAsync),
        new("integration-log", Recruiter, "/exports", p => p.GetByRole(AriaRole.Tab, new() { Name = "Integration log" }).ClickAsync()),

        new("home-admin", Admin, "/", Ready: "admin-refusals"),
        new("integrations", Admin, "/admin/integrations", Ready: "connection-name"),
        new("new-connection-dialog", Admin, "/admin/integrations", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("add-connection"))),
        new("unlink-confirm", Admin, "/admin/integrations", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("connection-unlink").First)),
        new("edit-connection-dialog", Admin, "/admin/integrations", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("connection-edit").First)),
        new("connect-ats", Admin, "/admin/connect-ats", Ready: "guide-step-connection"),
        new("connect-ats-connection-dialog", Admin, "/admin/connect-ats", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("guide-add-connection"))),
        new("health-check", Admin, "/admin/integrations", p => FollowAsync(p, "connection-health", "health-summary")),
        new("routing-rules", Admin, "/admin/integrations", p => FollowAsync(p, "connection-routing", "routing-rules")),
        new("security-roles", Admin, "/admin/security-roles", Ready: "roles"),
        new("security-role-dialog", Admin, "/admin/security-roles", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("new-role"))),
        new("delete-role-confirm", Admin, "/admin/security-roles", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("role-delete").First)),
        new("application-users", Admin, "/admin/application-users", Ready: "application-user-name"),
        new("application-user-dialog", Admin, "/admin/application-users", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("new-application-user"))),
        new("manage-roles-dialog", Admin, "/admin/application-users", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("application-user-roles-manage").First)),
        new("entra-applications", Admin, "/admin/entra-applications", Ready: "entra-applications"),
        new("entra-application-dialog", Admin, "/admin/entra-applications", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("new-entra-application"))),
        new("tables", Admin, "/admin/tables", Ready: "table-status"),
        new("disable-table-confirm", Admin, "/admin/tables", p => ClickAndWaitForDialogAsync(p, p.GetByTestId("table-disable"))),
        new("audit-log", Admin, "/admin/audit", Ready: "audit-grid"),
        new("admin-integration-log", Admin, "/admin/integration-log", Ready: "integration-log-grid"),
        new("privacy", Admin, "/admin/privacy", Ready: "privacy-candidate-name"),
        new("privacy-workers", Admin, "/admin/privacy", p => p.GetByRole(AriaRole.Tab, new() { Name = "Workers" }).ClickAsync()),
        new("legal-hold-dialog", Admin, "/admin/privacy", p => ClickAndWaitForDialogAsync(p, p.Locator("[data-testid^=legal-hold-]").First)),
        new("erase-confirm", Admin, "/admin/privacy", p => ClickAndWaitForDialogAsync(p, p.Locator("[data-testid^=erase-]").First)),
    ];

    public static TheoryData<string> StopNames => [.. Stops.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(StopNames))]
    public async Task Stop_HasNoSeriousOrCriticalAxeFinding(string name)
    {
        var stop = Stops.Single(s => s.Name == name);
        if (stop.Person is null)
        {
            await Page.GotoAsync(stop.Path.TrimStart('/'));
        }
        else
        {
            await SignInAsync(stop.Person, stop.Path);
        }

        if (stop.Ready is not null)
        {
            await Expect(Page.GetByTestId(stop.Ready).First).ToBeVisibleAsync();
        }

        if (stop.Open is not null)
        {
            await stop.Open(Page);
        }

        // Colours are measured as shown: a dialog still fading in would read as low contrast.
        await Page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, $"a11y-{name}.png"), FullPage = true });
        await Axe.AssertNoSeriousFindingsAsync(Page, name);
    }

    private static async Task ClickAndWaitForDialogAsync(IPage page, ILocator opener)
    {
        await opener.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
    }

    private static async Task FollowAsync(IPage page, string linkTestId, string readyTestId)
    {
        await page.GetByTestId(linkTestId).First.ClickAsync();
        await Expect(page.GetByTestId(readyTestId)).ToBeVisibleAsync();
    }

    private static async Task OpenProfileMenuAsync(IPage page)
    {
        await page.GetByTestId("profile-menu-button").ClickAsync();
        await Expect(page.Locator("#profile-menu")).ToBeVisibleAsync();
    }

    private static async Task OpenHireSelectedAsync(IPage page)
    {
        await page.GetByTestId("select-page").CheckAsync();
        await Expect(page.GetByTestId("selected-count")).ToBeVisibleAsync();
        await ClickAndWaitForDialogAsync(page, page.GetByTestId("bulk-hire-open"));
    }

    /// <summary>Dismiss after a hire is offered on a fresh hire from a candidate: hire one (the walk's own database), then open it.</summary>
    private static async Task HireThenOpenDismissAsync(IPage page)
    {
        const string Candidate = "Priya Sharma";
        var panel = page.GetByTestId("candidates-to-hire");
        await panel.Locator("#candidate-search").FillAsync(Candidate);
        var row = panel.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByTestId("candidate-name").GetByText(Candidate, new() { Exact = true }) });
        await ClickAndWaitForDialogAsync(page, row.GetByRole(AriaRole.Button, new() { Name = $"Hire {Candidate}", Exact = true }));
        var hire = page.GetByRole(AriaRole.Dialog);
        await Expect(hire.GetByTestId("checklist-choice").First).ToBeVisibleAsync();
        await hire.GetByTestId("hire-continue").ClickAsync();
        await Expect(hire).ToBeHiddenAsync();
        await page.GetByTestId("hire-success-link").ClickAsync();
        await Expect(page.GetByTestId("worker-name")).ToHaveTextAsync(Candidate);
        await Expect(page.GetByTestId("interactive")).ToHaveAttributeAsync("data-interactive", "true");
        await ClickAndWaitForDialogAsync(page, page.GetByTestId("dismiss-hire"));
    }

    private static async Task ExpandFirstExportAsync(IPage page)
    {
        await page.GetByTestId("exports-grid").Locator(".mud-table-body tr").First.Locator("button").First.ClickAsync();
        await Expect(page.GetByTestId("export-timeline").First).ToBeVisibleAsync();
    }

    // A Dutch-style file with one good row and one refused, so the preview shows both its tables.
    private static async Task PreviewCsvAsync(IPage page)
    {
        await page.GetByTestId("csv-upload").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "walk.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Kandidaat-ID;Voornaam;Achternaam;E-mailadres;Begindatum\nWALK-1;Sanne;de Vries;sanne@example.nl;2027-02-17\nWALK-2;Daan;Bakker;daan bakker@example;2027-03-01\n"),
        });
        await Expect(page.GetByTestId("csv-preview")).ToBeVisibleAsync();
    }

    private sealed record Stop(string Name, string? Person, string Path, Func<IPage, Task>? Open = null, string? Ready = null);
}
