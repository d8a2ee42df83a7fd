using HireHub.Core.Data;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Core.Hiring;

/// <summary>A hire is one transaction: the sequence update, the worker, employment, assignment, candidate and audit, or none of them.</summary>
public sealed class HireTransactionTests
{
    [Fact]
    public async Task Hire_WhenTheDatabaseRefusesARowMidway_StoresNothingAndGivesThePersonnelNumberBack()
    {
        await using var db = await TestDatabase.CreateAsync();
        var position = await db.Given.PositionAsync();
        var candidate = await db.Given.CandidateAsync();
        var before = await db.SnapshotAsync();
        // The worker row is inserted before its employment, and the sequence was moved on before either: the failure lands in the middle.
        await db.ExecuteSqlAsync("CREATE TRIGGER FailEmploymentInsert BEFORE INSERT ON Employments BEGIN SELECT RAISE(ABORT, 'storage failed'); END;");
        var request = TestData.HireRequestFor(candidate) with { PositionId = position.Id };

        var failed = await db.Get<HiringService>().HireAsync(request, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.False(failed.Succeeded);
        Assert.Equal(before, await db.SnapshotAsync());

        await db.ExecuteSqlAsync("DROP TRIGGER FailEmploymentInsert;");
        var retried = await db.Get<HiringService>().HireAsync(request, TestData.HrProfessional, TestContext.Current.CancellationToken);
        Assert.True(retried.Succeeded, retried.Problem?.Message);
        Assert.Equal("000001", retried.Value.PersonnelNumber);
    }

    [Fact]
    public async Task Hire_WhenSavingThrows_LetsTheExceptionThroughStoresNothingAndGivesThePersonnelNumberBack()
    {
        var failure = new FailingSaveInterceptor();
        await using var db = await TestDatabase.CreateAsync(configureServices: services =>
            services.ConfigureDbContext<SqliteHireHubDbContext>(o => o.AddInterceptors(failure)));
        var candidate = await db.Given.CandidateAsync();
        var before = await db.SnapshotAsync();
        failure.FailNextSave = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, TestContext.Current.CancellationToken));

        Assert.True(failure.Failed, "The interceptor never ran: the test proved nothing.");
        Assert.Equal(before, await db.SnapshotAsync());
        var retried = await db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, TestContext.Current.CancellationToken);
        Assert.Equal("000001", retried.Value?.PersonnelNumber);
    }

    [Fact]
    public async Task Hire_AfterAFailedHire_TheNextHiresStayGapless()
    {
        await using var db = await TestDatabase.CreateAsync();
        var hiring = db.Get<HiringService>();
        Assert.Equal("000001", (await hiring.HireAsync(TestData.HireRequestFor(await db.Given.CandidateAsync()), TestData.HrProfessional, TestContext.Current.CancellationToken)).Value?.PersonnelNumber);
        await db.ExecuteSqlAsync("CREATE TRIGGER FailAuditInsert BEFORE INSERT ON AuditEvents BEGIN SELECT RAISE(ABORT, 'storage failed'); END;");
        Assert.False((await hiring.HireAsync(TestData.HireRequestFor(await db.Given.CandidateAsync()), TestData.HrProfessional, TestContext.Current.CancellationToken)).Succeeded);
        await db.ExecuteSqlAsync("DROP TRIGGER FailAuditInsert;");

        var next = await hiring.HireAsync(TestData.HireRequestFor(await db.Given.CandidateAsync()), TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal("000002", next.Value?.PersonnelNumber);
        await using var context = db.CreateDbContext();
        Assert.Equal(["000001", "000002"], await context.Workers.OrderBy(w => w.PersonnelNumber).Select(w => w.PersonnelNumber).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Hire_UnderARetryingExecutionStrategy_AsSqlServerIsConfigured_Succeeds()
    {
        await using var db = await TestDatabase.CreateAsync(configureServices: services =>
            services.ConfigureDbContext<SqliteHireHubDbContext>(o => o.UseSqlite(sqlite => sqlite.ExecutionStrategy(d => new RetryingStrategy(d)))));
        var candidate = await db.Given.CandidateAsync();

        var result = await db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.Equal("000001", result.Value.PersonnelNumber);
    }

    [Fact]
    public async Task Hire_WhenATransientFailureIsRetried_StoresTheHireOnceWithTheFirstNumber()
    {
        var failure = new FailingSaveInterceptor();
        await using var db = await TestDatabase.CreateAsync(configureServices: services =>
            services.ConfigureDbContext<SqliteHireHubDbContext>(o => o
                .UseSqlite(sqlite => sqlite.ExecutionStrategy(d => new RetryingStrategy(d)))
                .AddInterceptors(failure)));
        var candidate = await db.Given.CandidateAsync();
        failure.FailNextSave = true;
        failure.Transient = true;

        var result = await db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(failure.Failed, "The interceptor never ran: the test proved nothing.");
        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.Equal("000001", result.Value.PersonnelNumber);
        var after = await db.SnapshotAsync();
        Assert.Equal((1, 1, 1), (after["Workers"], after["Employments"], after["AuditEvents"]));
        Assert.Equal(2, after["NumberSequences (next personnel number)"]);
    }

    /// <summary>Retries like SQL Server's EnableRetryOnFailure, on the failure the tests simulate.</summary>
    private sealed class RetryingStrategy(ExecutionStrategyDependencies dependencies) : ExecutionStrategy(dependencies, maxRetryCount: 2, maxRetryDelay: TimeSpan.FromMilliseconds(1))
    {
        protected override bool ShouldRetryOn(Exception exception) => exception is TransientStorageException;
    }

    private sealed class TransientStorageException() : Exception("Simulated transient failure while saving a hire.");

    private sealed class FailingSaveInterceptor : SaveChangesInterceptor
    {
        public bool FailNextSave { get; set; }

        public bool Transient { get; set; }

        public bool Failed { get; private set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (FailNextSave)
            {
                FailNextSave = false;
                Failed = true;
                throw Transient ? new TransientStorageException() : new InvalidOperationException("Simulated failure while saving a hire.");
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
