using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Workers;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Administration;

/// <summary>The audit log found the way an administrator asks: by a worker's name or number, in any case.</summary>
public sealed class AuditLogSearchTests : DatabaseTest
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("fatima zahra")]
    [InlineData("FATIMA")]
    [InlineData("W0")]
    public async Task Search_ByAWorkersNameOrPersonnelNumberInAnyCase_FindsTheirEventsNamedForThem(string typed)
    {
        var fatima = await Db.Given.WorkerAsync(w => w with { FirstName = "Fatima", LastName = "Zahra", Email = "fatima zahra@example" });
        var other = await Db.Given.WorkerAsync(w => w with { FirstName = "Bo", LastName = "Lund", PersonnelNumber = "X0001" });
        foreach (var worker in new[] { fatima, other })
        {
            var changed = await Db.Get<WorkerEditService>().ChangeContactAsync(
                new ChangeWorkerContact { PersonnelNumber = worker.PersonnelNumber, Email = "corrected@example.com", Phone = worker.Phone, Version = worker.Version }, TestData.HrProfessional, Ct);
            Assert.True(changed.Succeeded, changed.Problem?.Message);
        }

        var page = await Db.Get<AuditLogQueries>().ListAsync(new AuditLogFilter(Record: typed, Actor: TestData.HrProfessional.DisplayName.ToUpperInvariant()), 0, 25, Ct);

        var entry = Assert.Single(page.Items);
        Assert.Equal(fatima.Id.ToString(), entry.EntityId);
        Assert.Equal($"Fatima Zahra ({fatima.PersonnelNumber})", entry.RecordName);
    }
}
