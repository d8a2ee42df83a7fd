using System.Net;
using System.Text.RegularExpressions;
using HireHub.Core.Data;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Security;

/// <summary>
/// Data Protection keys live in the database: a sign-in cookie and an antiforgery token one instance issued are
/// accepted by a second instance on the same database file and by the first after a restart, and refused by an
/// instance on another database (so it is the database, not a key folder on this machine, that they share).
/// </summary>
public sealed class SharedDatabaseInstanceTests
{
    [Fact]
    public async Task CookieAndAntiforgeryToken_FromOneInstance_WorkOnASecondInstanceAndAfterARestart()
    {
        // Owns the database folder (and deletes it at the end) without starting; the instances below only use the file.
        await using var folder = new HireHubAppFactory();
        var first = new InstanceOn(folder.DatabasePath);
        var issued = await SignInAsync(first);
        var form = await AntiforgeryFormAsync(first);

        Assert.Equal(HttpStatusCode.OK, await PersonnelManagementAsync(first, issued));
        await using var second = new InstanceOn(first.DatabasePath);
        Assert.Equal(HttpStatusCode.OK, await PersonnelManagementAsync(second, issued));
        Assert.Equal(HttpStatusCode.Redirect, await PostSignInFormAsync(second, form));
        Assert.Equal(HttpStatusCode.BadRequest, await PostSignInFormAsync(second, form with { Token = Tampered(form.Token) }));

        await using (var db = await first.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            Assert.Equal(1, await db.DataProtectionKeys.CountAsync(TestContext.Current.CancellationToken));
        }

        await first.DisposeAsync();
        await using var restarted = new InstanceOn(folder.DatabasePath);
        Assert.Equal(HttpStatusCode.OK, await PersonnelManagementAsync(restarted, issued));
        Assert.Equal(HttpStatusCode.Redirect, await PostSignInFormAsync(restarted, form));
    }

    [Fact]
    public async Task CookieAndAntiforgeryToken_FromAnotherDatabase_AreRefused()
    {
        await using var first = new HireHubAppFactory();
        var issued = await SignInAsync(first);
        var form = await AntiforgeryFormAsync(first);

        await using var stranger = new HireHubAppFactory();

        Assert.Equal(HttpStatusCode.Redirect, await PersonnelManagementAsync(stranger, issued));
        Assert.Equal(HttpStatusCode.BadRequest, await PostSignInFormAsync(stranger, form));
    }

    private sealed record AntiforgeryForm(string Cookie, string Token);

    private static async Task<string> SignInAsync(HireHubAppFactory app)
    {
        var form = await AntiforgeryFormAsync(app);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = SignInRequest(form);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return CookiesOf(response);
    }

    private static async Task<AntiforgeryForm> AntiforgeryFormAsync(HireHubAppFactory app)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var response = await client.GetAsync("/account/sign-in", TestContext.Current.CancellationToken);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        return new AntiforgeryForm(CookiesOf(response), token);
    }

    private static async Task<HttpStatusCode> PersonnelManagementAsync(HireHubAppFactory app, string cookies)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/personnel-management");
        request.Headers.Add("Cookie", cookies);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> PostSignInFormAsync(HireHubAppFactory app, AntiforgeryForm form)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = SignInRequest(form);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private static HttpRequestMessage SignInRequest(AntiforgeryForm form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/local-sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = form.Token,
                ["personId"] = "hanna.reyes",
                ["returnUrl"] = "/",
            }),
        };
        request.Headers.Add("Cookie", form.Cookie);
        return request;
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    // Changes one character in the middle of the token, so it no longer decrypts.
    private static string Tampered(string token)
    {
        var middle = token.Length / 2;
        return token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
    }
}
