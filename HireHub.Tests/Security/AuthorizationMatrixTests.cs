using System.Net;
using HireHub.Core.Features.Integrations;
using HireHub.Tests.Api;

namespace HireHub.Tests.Security;

/// <summary>
/// Proof 3: every method of every route the app serves (<see cref="RouteMatrix"/>, checked against the app's own
/// endpoints) × every kind of <see cref="Caller"/>, one row per cell. People's cookies open pages and never the API;
/// bearer tokens open the API as far as the registry lets them and never a page.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixCallers callers) : IClassFixture<MatrixCallers>
{
    public static TheoryData<string, Caller> Cells =>
        [.. RouteMatrix.Expected.Keys.SelectMany(route => Enum.GetValues<Caller>().Select(caller => (route, caller)))];

    [Fact]
    public void EveryRouteAndMethod_HasARowAndDeclaresThatAccess()
    {
        var served = RouteMatrix.Enumerate(callers.Services);
        var unlisted = served.Select(r => r.Route).Where(r => !RouteMatrix.Expected.ContainsKey(r)).ToList();
        Assert.True(unlisted.Count == 0, "Routes with no row in RouteMatrix.Expected (add each method with who may use it): " + string.Join(", ", unlisted));

        var declared = served.Select(r => $"{r.Route}: {RouteMatrix.Declared(r.Endpoint)?.ToString() ?? "no policy"}").Order(StringComparer.Ordinal);
        Assert.Equal(RouteMatrix.Expected.Select(e => $"{e.Key}: {e.Value.Access}").Order(StringComparer.Ordinal), declared);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Route_AnswersTheCaller_AsItsAccessSays(string route, Caller caller)
    {
        Assert.Contains(route, RouteMatrix.Enumerate(callers.Services).Select(r => r.Route));
        var rule = RouteMatrix.Expected[route];

        using var response = await callers.SendAsync(route, caller);

        var expected = ExpectedStatus(rule, caller);
        Assert.Equal(expected, MatrixOutcome.Of(response));
        if (rule.Access == Access.Api && expected is 401 or 403)
        {
            var problem = await response.ProblemAsync((HttpStatusCode)expected);
            Assert.Equal(MissingStep(caller), problem.String("missingStep"));
        }
    }

    private static int ExpectedStatus(RouteRule rule, Caller caller) => (rule.Access, caller) switch
    {
        (Access.Anonymous, _) => rule.Allowed,
        (Access.Api, Caller.AppRegistered) => rule.Allowed,
        (Access.Api, _) => MissingStep(caller) is null ? 401 : 403,
        (_, Caller.Hr or Caller.Recruiter or Caller.Admin) => MayUse(rule.Access, caller) ? rule.Allowed : 403,
        _ => 401, // no one signed in: anonymous, or an application, whose token is no sign-in for a page
    };

    private static bool MayUse(Access access, Caller person) => (access, person) switch
    {
        (Access.SignedIn, _) => true,
        (Access.Hr, Caller.Hr) or (Access.Recruiter, Caller.Recruiter) or (Access.Admin, Caller.Admin) => true,
        (Access.RecruiterOrHr, Caller.Hr or Caller.Recruiter) => true,
        (Access.HrOrAdmin, Caller.Hr or Caller.Admin) => true,
        _ => false,
    };

    /// <summary>The registry step that refuses a caller with a valid token; null for the callers the token check refuses first.</summary>
    private static string? MissingStep(Caller caller) => caller switch
    {
        Caller.AppUnregistered => nameof(RegistryStep.ApplicationUser),
        Caller.AppWithoutRole => nameof(RegistryStep.SecurityRole),
        Caller.AppUnlinked => nameof(RegistryStep.ConnectionLinked),
        Caller.AppTableDisabled => nameof(RegistryStep.TableEnabled),
        _ => null,
    };
}
