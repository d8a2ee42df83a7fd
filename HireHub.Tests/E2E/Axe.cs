using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HireHub.Tests.E2E;

/// <summary>
/// axe-core's WCAG 2.1 A and AA rules on what the page shows now: a test fails on any serious or critical finding and
/// says which rule, on which element (its selector and HTML), and how to fix it. Call it on every page and every dialog
/// a browser test opens; <see cref="AccessibilityWalk"/> visits each one a person can reach.
/// </summary>
public static class Axe
{
    private static readonly string[] Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag21AA] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Runs axe on the whole page (a dialog open on it included) and fails with every serious or critical finding.</summary>
    public static async Task AssertNoSeriousFindingsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(Options);
        var findings = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(findings.Count == 0, Describe(what, page.Url, findings));
    }

    private static string Describe(string what, string url, IReadOnlyList<AxeResultItem> findings)
    {
        var text = new StringBuilder($"{what} ({url}): {findings.Count} serious or critical axe finding(s), WCAG 2.1 A/AA.");
        foreach (var finding in findings)
        {
            text.AppendLine().Append(FormattableString.Invariant($"- {finding.Id} ({finding.Impact}): {finding.Help} {finding.HelpUrl}"));
            foreach (var node in finding.Nodes.Take(10))
            {
                text.AppendLine().Append(FormattableString.Invariant($"    at {node.Target}: {Shorten(node.Html)}"));
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Where(c => !string.IsNullOrWhiteSpace(c.Message)).Take(2))
                {
                    text.AppendLine().Append("      ").Append(check.Message.ReplaceLineEndings(" "));
                }
            }

            if (finding.Nodes.Length > 10)
            {
                text.AppendLine().Append(FormattableString.Invariant($"    and {finding.Nodes.Length - 10} more"));
            }
        }

        return text.ToString();
    }

    private static string Shorten(string html) => html.Length <= 300 ? html : html[..300] + "…";
}
