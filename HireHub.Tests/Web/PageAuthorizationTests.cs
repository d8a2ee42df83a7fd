using System.Net;
using HireHub.Tests.Support;

namespace HireHub.Tests.Web;

public sealed class PageAuthorizationTests(HireHubAppFactory app) : IClassFixture<HireHubAppFactory>
{
    public static TheoryData<string> HrPages => ["/personnel-management", "/workers", "/workers/000001", "/onboarding"];

    /// <summary>Every HR page for each demo person who is signed in but not in the HR role.</summary>
    public static TheoryData<string, string> HrPagesForOtherRoles => new(
        from person in new[] { "riya.patel", "sam.okoye" }
        from path in HrPages
        select (person, path.Data));

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
    [MemberData(nameof(HrPagesForOtherRoles))]
    public async Task HrPage_WhenSignedInAsRecruiterOrAdmin_RedirectsToAccessDenied(string personId, string path)
    {
        using var client = await app.SignedInClientAsync(personId);

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

    [Theory]
    [InlineData("hanna.reyes")]
    [InlineData("riya.patel")]
    [InlineData("sam.okoye")]
    public async Task HomePage_WhenSignedInWithAnyRole_IsServed(string personId)
    {
        using var client = await app.SignedInClientAsync(personId);

        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/access-denied")]
    public async Task AccountPage_WhenAnonymous_IsServed(string path)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
