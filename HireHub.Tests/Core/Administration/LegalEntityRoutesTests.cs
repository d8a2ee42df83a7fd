using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;

namespace HireHub.Tests.Core.Administration;

public sealed class LegalEntityRoutesTests
{
    private static readonly LegalEntityRoutes Routes = new("USMF",
    [
        new(Guid.NewGuid(), 2, RoutingField.JobTitle, "engineer", "DEMF"),
        new(Guid.NewGuid(), 1, RoutingField.Location, "london", "GBSI"),
    ]);

    [Fact]
    public void Route_WhenTwoRulesMatch_TakesTheFirstInOrder() =>
        Assert.Equal("GBSI", Routes.Route("Software Engineer", "London, UK"));

    [Fact]
    public void Route_MatchesTheFieldIgnoringCase() =>
        Assert.Equal("DEMF", Routes.Route("SOFTWARE ENGINEER", "Berlin"));

    [Fact]
    public void Route_WhenNoRuleMatches_TakesTheConnectionsDefault() =>
        Assert.Equal("USMF", Routes.Route("Recruiter", null));
}
