using System.Net;
using System.Text.RegularExpressions;
using HireHub.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HireHub.Tests.Web;

/// <summary>The Development-only demo sign-in: <c>POST /account/local-sign-in</c> and <c>POST /account/sign-out</c>.</summary>
public sealed partial class LocalSignInTests(HireHubAppFactory app) : IClassFixture<HireHubAppFactory>
{
    [Fact]
    public async Task LocalSignIn_WithoutAnAntiforgeryToken_IsRefused()
    {
        using var client = NewClient();
        // The antiforgery cookie alone, as a cross-site form would send it, is not enough.
        await client.GetStringAsync("/account/sign-in", TestContext.Current.CancellationToken);

        using var response = await PostSignInAsync(client, token: null, "hanna.reyes");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(SetsSignInCookie(response));
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task LocalSignIn_WithAnUnknownPerson_SignsNobodyIn()
    {
        using var client = NewClient();
        var token = await AntiforgeryTokenAsync(client, "/account/sign-in");

        using var response = await PostSignInAsync(client, token, "mallory");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.OriginalString);
        Assert.False(SetsSignInCookie(response));
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task LocalSignIn_WithAKnownPerson_SignsInAndReturnsToTheLocalPage()
    {
        using var client = NewClient();
        var token = await AntiforgeryTokenAsync(client, "/account/sign-in");

        using var response = await PostSignInAsync(client, token, "hanna.reyes", returnUrl: "/workers");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/workers", response.Headers.Location!.OriginalString);
        using var page = await client.GetAsync("/workers", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    // As the form posts them: the sign-in page's hidden field holds its ReturnUrl query value decoded, so
    // ?ReturnUrl=/%09/evil.example arrives here as a slash, a tab and //evil.example (browsers drop the tab).
    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("HTTPS://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\\\evil.example/")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("~//evil.example/")]
    [InlineData("%2F%2Fevil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task LocalSignIn_WithAReturnUrlToAnotherSite_ReturnsHomeInstead(string returnUrl)
    {
        using var client = NewClient();
        var token = await AntiforgeryTokenAsync(client, "/account/sign-in");

        using var response = await PostSignInAsync(client, token, "hanna.reyes", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LocalSignIn_FromALinkWithAnEncodedTabInItsReturnUrl_ReturnsHome()
    {
        using var client = NewClient();
        var page = await client.GetStringAsync("/account/sign-in?ReturnUrl=%2F%09%2Fevil.example", TestContext.Current.CancellationToken);
        var returnUrl = System.Net.WebUtility.HtmlDecode(ReturnUrlField().Match(page).Groups[1].Value);
        Assert.Equal("/\t/evil.example", returnUrl);

        using var response = await PostSignInAsync(client, AntiforgeryTokenField().Match(page).Groups[1].Value, "hanna.reyes", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/workers?search=a%2Fb", "/workers?search=a%2Fb")]
    [InlineData("~/workers", "/workers")]
    public async Task LocalSignIn_WithALocalReturnUrl_GoesThere(string returnUrl, string expected)
    {
        using var client = NewClient();
        var token = await AntiforgeryTokenAsync(client, "/account/sign-in");

        using var response = await PostSignInAsync(client, token, "hanna.reyes", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionAndShowsTheSignInPage()
    {
        using var client = await app.SignedInClientAsync("hanna.reyes");
        var token = await AntiforgeryTokenAsync(client, "/");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync("/account/sign-out", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.OriginalString);
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_IsRefusedAndKeepsTheSession()
    {
        using var client = await app.SignedInClientAsync("hanna.reyes");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());
        using var response = await client.PostAsync("/account/sign-out", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var page = await client.GetAsync("/personnel-management", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var token = AntiforgeryTokenField().Match(page).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string? token, string personId, string returnUrl = "/")
    {
        var fields = new Dictionary<string, string> { ["personId"] = personId, ["returnUrl"] = returnUrl };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync("/account/local-sign-in", form, TestContext.Current.CancellationToken);
    }

    private static bool SetsSignInCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("HireHub.SignIn=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/personnel-management", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryTokenField();

    // The sign-in form's own field, the one beside a person's id: the layout's language switch carries a returnUrl too
    // (the page it is on), and it comes first.
    [GeneratedRegex("name=\"personId\"[^>]*>\\s*<input[^>]*name=\"returnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrlField();
}
