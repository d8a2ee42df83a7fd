namespace HireHub.Tests.Core.Candidates;

/// <summary>Four candidates whose name, job title, location, start date and arrival each sort them differently.</summary>
public sealed class FourCandidates : SharedDatabase
{
    protected override async Task SeedAsync(TestDatabase db)
    {
        var now = db.Time.GetUtcNow();
        await db.Given.CandidateAsync(c => c with { FirstName = "Zoe", LastName = "Adams", Email = "zoe.adams@example.com", JobTitle = "Buyer", Location = "Dallas, TX", StartInDays = 30, ReceivedAt = now.AddHours(-1) });
        await db.Given.CandidateAsync(c => c with { FirstName = "Ben", LastName = "Baker", Email = "ben.baker@example.com", JobTitle = "Analyst", Location = "London", StartInDays = 10, ReceivedAt = now.AddHours(-3) });
        await db.Given.CandidateAsync(c => c with { FirstName = "Max", LastName = "Clark", Email = "max.clark@example.com", JobTitle = "Controller", Location = "Berlin", StartInDays = 20, ReceivedAt = now.AddHours(-2) });
        await db.Given.CandidateAsync(c => c with { FirstName = "Amy", LastName = "Adams", Email = "amy.adams@example.com", JobTitle = "Designer", Location = "Austin, TX", StartInDays = 40, ReceivedAt = now.AddHours(-4) });
    }
}
