using System.Globalization;
using Bunit;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.Workers;

namespace HireHub.Tests.Components;

/// <summary>A page rendered for a Dutch reader: HireHub's text, MudBlazor's own labels, and dates in Dutch order.</summary>
public sealed class DutchPageTests : ComponentTestContext
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Data.AddAsync(TestData.LegalEntity("USMF", "Contoso Entertainment USA"));
    }

    [Fact]
    public async Task WorkersPage_ForADutchReader_IsInDutchThroughout()
    {
        await Data.AddAsync(Data.Worker("000003", "Tony", "Krijnen", configure: w => w.WorkerType = WorkerType.Contractor));
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");

        var page = RenderInHost<Workers>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=workers-grid] tbody tr")));
        Assert.Equal("Werknemers", page.Find("h1").TextContent.Trim());
        var row = page.Find("[data-testid=workers-grid] tbody tr").QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToList();
        Assert.Equal(["000003", "Tony Krijnen", "tony.krijnen@contoso.com", "+1 425-555-0199", "Contractant", "USMF", "01-03-2026"], row.Take(7));
        Assert.Contains("Personeelsnummer", page.Find("[data-testid=workers-grid] thead").TextContent);
        Assert.Contains("Rijen per pagina:", page.Markup);
        Assert.Contains("1-1 van 1", page.Markup);
        Assert.Equal("Zoeken op naam, personeelsnummer of e-mailadres", page.Find("#worker-search").GetAttribute("placeholder"));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        await base.DisposeAsyncCore();
    }
}
