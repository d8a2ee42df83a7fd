using System.Net;
using HireHub.Tests.Support;

namespace HireHub.Tests.Web;

public sealed class PageAuthorizationTests(HireHubAppFactory app) : IClassFixture<HireHubAppFactory>
{
    public static TheoryData<string> HrPages => ["/personnel-management", "/workers", "/workers/000001"];

    [Theory]
    [MemberData(nameof(HrPages))]
    [InlineData("/")]
    public async Task Page_WhenAnonymous_RedirectsToSignIn(string path)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HrPages))]
    public async Task HrPage_WhenSignedInAsRecruiter_IsForbidden(string path)
    {
        using var client = await app.SignedInClientAsync("riya.patel");

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HrPages))]
    public async Task HrPage_WhenSignedInAsHr_IsServed(string path)
    {
        using var client = await app.SignedInClientAsync("hanna.reyes");

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
