using System.Net;
using HireHub.Tests.Support;

namespace HireHub.Tests.Web;

/// <summary>Exports are for recruiters and HR; the Export to HRIS form for recruiters only.</summary>
public sealed class ExportsPageAuthorizationTests(HireHubAppFactory app) : IClassFixture<HireHubAppFactory>
{
    [Theory]
    [InlineData("/exports")]
    [InlineData("/exports/new")]
    public async Task ExportPages_WhenAnonymous_RedirectToSignIn(string path)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sam.okoye", "/exports")]
    [InlineData("sam.okoye", "/exports/new")]
    [InlineData("hanna.reyes", "/exports/new")]
    public async Task ExportPage_WhenSignedInWithoutItsRole_IsForbidden(string personId, string path)
    {
        using var client = await app.SignedInClientAsync(personId);

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("riya.patel", "/exports")]
    [InlineData("hanna.reyes", "/exports")]
    [InlineData("riya.patel", "/exports/new")]
    public async Task ExportPage_WhenSignedInWithItsRole_IsServed(string personId, string path)
    {
        using var client = await app.SignedInClientAsync(personId);

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
