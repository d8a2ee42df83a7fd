using System.Net;
using HireHub.Tests.Support;

namespace HireHub.Tests.Web;

/// <summary>Outside Development, unhandled exceptions are re-executed on <c>/error</c>: it must exist for everyone.</summary>
public sealed class ErrorPageTests(HireHubAppFactory app) : IClassFixture<HireHubAppFactory>
{
    [Fact]
    public async Task ErrorPage_WhenAnonymous_ExplainsWhatHappenedWithoutSigningIn()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/error", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Something went wrong", page, StringComparison.Ordinal);
        Assert.Contains("Request id:", page, StringComparison.Ordinal);
    }
}
