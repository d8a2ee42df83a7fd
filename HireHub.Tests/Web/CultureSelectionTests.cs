using System.Net;
using System.Text.RegularExpressions;
using HireHub.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HireHub.Tests.Web;

/// <summary>
/// Which language a page speaks: <c>?culture=</c>, then the person's choice (the culture cookie the language switch
/// sets), then the browser's <c>Accept-Language</c>, then English. Read on the sign-in page, which anyone may open.
/// </summary>
public sealed partial class CultureSelectionTests(HireHubAppFactory app) : IClassFixture<HireHubAppFactory>
{
    private const string SignInPage = "/account/sign-in";
    private const string CultureCookie = ".AspNetCore.Culture";

    [Fact]
    public async Task Page_WithoutAnyLanguagePreference_IsEnglish()
    {
        var page = await GetAsync(SignInPage);

        Assert.Matches("<html lang=\"en\"[ >]", page);
        Assert.Contains("Sign in to HireHub", page);
        Assert.Contains("HR generalist · HR", page);
    }

    [Fact]
    public async Task Page_ForABrowserAskingForDutch_IsDutch()
    {
        var page = await GetAsync(SignInPage, acceptLanguage: "nl-NL,nl;q=0.9,en;q=0.8");

        Assert.Matches("<html lang=\"nl\"[ >]", page);
        Assert.Contains("Aanmelden bij HireHub", page);
        Assert.Contains("HR-adviseur · HR", page);
        Assert.Contains("Systeembeheerder · Beheerder", page);
    }

    [Fact]
    public async Task Page_ForABrowserAskingForAnotherLanguage_IsEnglish()
    {
        var page = await GetAsync(SignInPage, acceptLanguage: "fr-FR,fr;q=0.9");

        Assert.Matches("<html lang=\"en\"[ >]", page);
        Assert.Contains("Sign in to HireHub", page);
    }

    [Fact]
    public async Task ThePersonsChoice_BeatsTheBrowsersLanguage()
    {
        var english = await GetAsync(SignInPage, acceptLanguage: "nl-NL", cookie: "c=en-US|uic=en-US");
        var dutch = await GetAsync(SignInPage, acceptLanguage: "en-US", cookie: "c=nl-NL|uic=nl-NL");

        Assert.Contains("Sign in to HireHub", english);
        Assert.Contains("Aanmelden bij HireHub", dutch);
    }

    [Fact]
    public async Task CultureInTheAddress_ShowsThatLanguage_AndKeepsItForTheLivePage()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, SignInPage + "?culture=nl-NL");
        request.Headers.Add("Cookie", $"{CultureCookie}={Uri.EscapeDataString("c=en-US|uic=en-US")}");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Contains("Aanmelden bij HireHub", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(CookieSet(response), c => c.StartsWith($"{CultureCookie}=c%3Dnl-NL%7Cuic%3Dnl-NL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LanguageSwitch_KeepsTheChoiceAndReturnsToThePage()
    {
        using var client = NewClient();
        var token = await AntiforgeryTokenAsync(client);

        using var response = await SwitchAsync(client, token, "nl-NL", "/account/sign-in?ReturnUrl=%2Fworkers");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Fworkers", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(CookieSet(response), c => c.StartsWith(CultureCookie, StringComparison.Ordinal));
        Assert.StartsWith($"{CultureCookie}=c%3Dnl-NL%7Cuic%3Dnl-NL;", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Aanmelden bij HireHub", await client.GetStringAsync(SignInPage, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task LanguageSwitch_DropsTheCultureInTheAddress_SoTheChoiceHolds()
    {
        using var client = NewClient();
        var token = await AntiforgeryTokenAsync(client);

        using var response = await SwitchAsync(client, token, "en-US", "/workers?culture=nl-NL&ui-culture=nl-NL&search=Ada#top");

        Assert.Equal("/workers?search=Ada#top", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("")]
    public async Task LanguageSwitch_WithAReturnUrlOutsideHireHub_GoesHome(string returnUrl)
    {
        using var client = NewClient();
        var token = await AntiforgeryTokenAsync(client);

        using var response = await SwitchAsync(client, token, "nl-NL", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LanguageSwitch_ToALanguageHireHubDoesNotSpeak_ChangesNothing()
    {
        using var client = NewClient();
        var token = await AntiforgeryTokenAsync(client);

        using var response = await SwitchAsync(client, token, "fr-FR", "/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(CookieSet(response), c => c.StartsWith(CultureCookie, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LanguageSwitch_WithoutAnAntiforgeryToken_IsRefused()
    {
        using var client = NewClient();
        await client.GetStringAsync(SignInPage, TestContext.Current.CancellationToken);

        using var response = await SwitchAsync(client, token: null, "nl-NL", "/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(CookieSet(response), c => c.StartsWith(CultureCookie, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LanguageSwitch_OnTheSignInPage_OffersEachLanguageInItself()
    {
        var page = await GetAsync(SignInPage, acceptLanguage: "nl-NL");

        Assert.Matches("<button type=\"submit\" name=\"culture\" value=\"en-US\" lang=\"en\"[^>]*>English</button>", page);
        Assert.Matches("<button type=\"submit\" name=\"culture\" value=\"nl-NL\" lang=\"nl\"[^>]*aria-current=\"true\"[^>]*>Nederlands</button>", page);
    }

    [Fact]
    public async Task ErrorPage_ForADutchBrowser_IsDutch()
    {
        var page = await GetAsync("/error", acceptLanguage: "nl");

        Assert.Contains("Er is iets misgegaan", page);
        Assert.Contains("Aanvraag-ID:", page);
    }

    [Fact]
    public async Task LivePage_ForADutchReader_CarriesTheDutchErrorNoticeAndTheSwitch()
    {
        using var client = await app.SignedInClientAsync("hanna.reyes");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/personnel-management");
        request.Headers.Add("Accept-Language", "nl-NL");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Matches("<html lang=\"nl\"[ >]", page);
        Assert.Contains("Er is een onverwachte fout opgetreden. Uw laatste wijziging is mogelijk niet opgeslagen.", page);
        Assert.Contains(">Opnieuw laden</a>", page);
        Assert.Contains("<h1 class=\"mud-typography mud-typography-h4 mud-typography-gutterbottom\">Personeelsbeheer</h1>", page);
        Assert.Matches("<input type=\"hidden\" name=\"returnUrl\" value=\"/personnel-management\"", page);
    }

    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<string> GetAsync(string path, string? acceptLanguage = null, string? cookie = null)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"{CultureCookie}={Uri.EscapeDataString(cookie)}");
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var page = await client.GetStringAsync(SignInPage, TestContext.Current.CancellationToken);
        var token = AntiforgeryTokenField().Match(page).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    private static async Task<HttpResponseMessage> SwitchAsync(HttpClient client, string? token, string culture, string returnUrl)
    {
        var fields = new Dictionary<string, string> { ["culture"] = culture, ["returnUrl"] = returnUrl };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync("/culture", form, TestContext.Current.CancellationToken);
    }

    private static IEnumerable<string> CookieSet(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryTokenField();
}
