namespace HireHub.Tests.Core.Hiring;

/// <summary>Three vacant positions in the default legal entity, with numbers, titles and departments a search tells apart; tests only read them.</summary>
public sealed class ThreeVacantPositions : SharedDatabase
{
    protected override async Task SeedAsync(TestDatabase db)
    {
        await db.Given.PositionAsync(p => p with { PositionNumber = "000101", Title = "Software Engineer", Department = "Engineering" });
        await db.Given.PositionAsync(p => p with { PositionNumber = "000102", Title = "UX Designer", Department = "Product" });
        await db.Given.PositionAsync(p => p with { PositionNumber = "000103", Title = "Recruiter", Department = "Human Resources" });
    }
}
