using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>
/// The pages work under HireHub's Content-Security-Policy, which allows no <c>unsafe-eval</c>: the circuit comes up,
/// MudBlazor's dialogs and popovers open, and Chromium reports no violation.
/// </summary>
public sealed class ContentSecurityPolicyTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    [Fact]
    public async Task PersonnelManagement_UnderThePolicy_OpensTheHireDialogWithNoViolation()
    {
        var response = await Page.GotoAsync("account/sign-in");
        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);

        await SignInAsync("hanna.reyes", "/personnel-management");
        var panel = Page.GetByTestId("candidates-to-hire");
        await Expect(panel.GetByTestId("candidate-name").First).ToBeVisibleAsync();
        await panel.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Hire (?!selected$)") }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();

        Assert.Empty(CspViolations);
    }

    [Theory]
    [InlineData("/admin/integrations", "Integrations")]
    [InlineData("/admin/audit", "Audit log")]
    public async Task AdminPage_UnderThePolicy_RendersLiveWithNoViolation(string path, string heading)
    {
        await SignInAsync("sam.okoye", path);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
        Assert.Empty(CspViolations);
    }

    [Fact]
    public async Task InlineScriptWithoutTheNonce_IsBlockedAndReported()
    {
        // The check above can fail: a script the policy does not allow is refused and shows up as a violation.
        await SignInAsync("hanna.reyes", "/personnel-management");

        await Page.RunAndWaitForConsoleMessageAsync(
            () => Page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s); }"),
            new() { Predicate = m => m.Text.StartsWith("CSP violation", StringComparison.Ordinal) });

        Assert.False(await Page.EvaluateAsync<bool>("() => window.injected === true"));
        Assert.Contains(CspViolations, v => v.Contains("script-src", StringComparison.Ordinal));
        ForgetCspViolations();
    }

    [Fact]
    public async Task ApiReference_UnderItsOwnPolicy_ShowsTheApiThoughItsEvalIsRefused()
    {
        var response = await Page.GotoAsync("scalar");

        // Scalar's bundle tries eval once; it is refused (no unsafe-eval anywhere) and the reference works without it.
        Assert.DoesNotContain("unsafe-eval", await response!.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        await Expect(Page.GetByText("Export a hired candidate").First).ToBeVisibleAsync();
        Assert.All(CspViolations, v => Assert.Equal("CSP violation: script-src blocked eval", v));
        ForgetCspViolations();
    }
}
