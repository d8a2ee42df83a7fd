namespace HireHub.Tests.Core.Workers;

/// <summary>Three workers whose names, personnel numbers and emails each sort and match them differently; tests only read them.</summary>
public sealed class ThreeWorkers : SharedDatabase
{
    protected override async Task SeedAsync(TestDatabase db)
    {
        await db.Given.WorkerAsync(w => w with { PersonnelNumber = "000001", FirstName = "Julia", LastName = "Adams", Email = "julia.adams@contoso.com" });
        await db.Given.WorkerAsync(w => w with { PersonnelNumber = "000002", FirstName = "Charlie", LastName = "Carson", Email = "charlie.carson@contoso.com" });
        await db.Given.WorkerAsync(w => w with { PersonnelNumber = "000003", FirstName = "Amy", LastName = "Adams", Email = "amy.adams@contoso.com" });
    }
}
