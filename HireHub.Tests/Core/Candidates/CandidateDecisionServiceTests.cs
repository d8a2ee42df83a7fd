using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Candidates;

public sealed class CandidateDecisionServiceTests : DatabaseTest
{
    private CandidateDecisionService Decisions => Db.Get<CandidateDecisionService>();

    [Fact]
    public async Task DoNotHire_WithReasonAndComment_MarksTheCandidateNotHiredAndAuditsIt()
    {
        var candidate = await Db.Given.CandidateAsync();
        Db.Time.Advance(TimeSpan.FromMinutes(5));

        var result = await Decisions.DoNotHireAsync(
            new DoNotHire { CandidateId = candidate.Id, ReasonCode = NotHiredReasons.FailedBackgroundCheck, Comment = "  Reference check failed.  " },
            TestData.HrProfessional,
            TestContext.Current.CancellationToken);

        Assert.Equal(CandidateStatus.NotHired, result.Value);
        await using var db = Db.CreateDbContext();
        var stored = await db.ExportedCandidates.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(CandidateStatus.NotHired, stored.Status);
        Assert.Equal(NotHiredReasons.FailedBackgroundCheck, stored.ReasonCode);
        Assert.Equal("Reference check failed.", stored.Comment);
        Assert.Equal((TestData.HrProfessional.DisplayName, Db.Time.GetUtcNow()), (stored.ActedBy, stored.ActedAt));
        Assert.Null(stored.WorkerId);
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((AuditActions.CandidateNotHired, nameof(ExportedCandidate), candidate.Id.ToString()), (audit.Action, audit.EntityType, audit.EntityId));
        Assert.Equal((TestData.HrProfessional.DisplayName, Db.Time.GetUtcNow()), (audit.Actor, audit.OccurredAt));
        Assert.Contains(NotHiredReasons.FailedBackgroundCheck, audit.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NotHiredReasons.DeclinedOffer)]
    [InlineData(NotHiredReasons.FailedBackgroundCheck)]
    [InlineData(NotHiredReasons.PositionCancelled)]
    [InlineData(NotHiredReasons.DuplicateRecord)]
    [InlineData(NotHiredReasons.Other)]
    public async Task DoNotHire_AcceptsEveryListedReason(string reasonCode)
    {
        var candidate = await Db.Given.CandidateAsync();

        var result = await Decisions.DoNotHireAsync(new DoNotHire { CandidateId = candidate.Id, ReasonCode = reasonCode, Comment = "Noted." }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
    }

    [Theory]
    [InlineData(null, "Noted.", nameof(DoNotHire.ReasonCode), "ReasonRequired")]
    [InlineData("NotAReason", "Noted.", nameof(DoNotHire.ReasonCode), "ReasonUnknown")]
    [InlineData("declinedoffer", "Noted.", nameof(DoNotHire.ReasonCode), "ReasonUnknown")]
    [InlineData(NotHiredReasons.DeclinedOffer, null, nameof(DoNotHire.Comment), "CommentRequired")]
    [InlineData(NotHiredReasons.DeclinedOffer, "   ", nameof(DoNotHire.Comment), "CommentRequired")]
    public async Task DoNotHire_WithoutAListedReasonAndAComment_ReturnsInvalidAndStoresNothing(string? reasonCode, string? comment, string field, string messageKey)
    {
        var candidate = await Db.Given.CandidateAsync();
        var before = await Db.SnapshotAsync();

        var result = await Decisions.DoNotHireAsync(new DoNotHire { CandidateId = candidate.Id, ReasonCode = reasonCode, Comment = comment }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.Equal([Db.Text[messageKey].Value], Assert.Single(result.Refused().Errors!, e => e.Key == field).Value);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task DoNotHire_WithCommentTooLong_ReturnsInvalid()
    {
        var candidate = await Db.Given.CandidateAsync();

        var result = await Decisions.DoNotHireAsync(
            new DoNotHire { CandidateId = candidate.Id, ReasonCode = NotHiredReasons.Other, Comment = new string('x', CandidateFields.CommentMaxLength + 1) },
            TestData.HrProfessional,
            TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.True(result.Refused().Errors!.ContainsKey(nameof(DoNotHire.Comment)));
    }

    [Fact]
    public async Task Dismiss_MarksTheCandidateDismissedAndAuditsIt()
    {
        var candidate = await Db.Given.CandidateAsync();

        var result = await Decisions.DismissAsync(candidate.Id, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(CandidateStatus.Dismissed, result.Value);
        await using var db = Db.CreateDbContext();
        var stored = await db.ExportedCandidates.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((CandidateStatus.Dismissed, TestData.HrProfessional.DisplayName, Db.Time.GetUtcNow()), (stored.Status, stored.ActedBy, stored.ActedAt));
        Assert.Null(stored.ReasonCode);
        Assert.Equal(AuditActions.CandidateDismissed, (await db.AuditEvents.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).Action);
    }

    [Fact]
    public async Task Dismiss_WhenCandidateDoesNotExist_ReturnsNotFound()
    {
        var result = await Decisions.DismissAsync(Guid.NewGuid(), TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.NotFound, result.Problem?.Kind);
    }

    [Theory]
    [InlineData(CandidateStatus.Hired, "AlreadyHired")]
    [InlineData(CandidateStatus.NotHired, "AlreadyNotHired")]
    [InlineData(CandidateStatus.Dismissed, "AlreadyDismissed")]
    public async Task Dismiss_WhenCandidateAlreadyProcessed_ReturnsConflictNamingWhoAndWhen(CandidateStatus firstDecision, string messageKey)
    {
        var candidate = await Db.Given.CandidateAsync();
        var decidedAt = Db.Time.GetUtcNow();
        await DecideAsync(candidate, firstDecision, TestData.OtherHrProfessional);
        Db.Time.Advance(TimeSpan.FromDays(1));
        var before = await Db.SnapshotAsync();

        var result = await Decisions.DismissAsync(candidate.Id, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Equal(Db.Text[messageKey, TestData.OtherHrProfessional.DisplayName, TestData.AsShown(decidedAt)].Value, result.Refused().Message);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Theory]
    [InlineData(CandidateStatus.Hired, "AlreadyHired")]
    [InlineData(CandidateStatus.NotHired, "AlreadyNotHired")]
    [InlineData(CandidateStatus.Dismissed, "AlreadyDismissed")]
    public async Task DoNotHire_WhenCandidateAlreadyProcessed_ReturnsConflictNamingWhoAndWhen(CandidateStatus firstDecision, string messageKey)
    {
        var candidate = await Db.Given.CandidateAsync();
        var decidedAt = Db.Time.GetUtcNow();
        await DecideAsync(candidate, firstDecision, TestData.OtherHrProfessional);
        var before = await Db.SnapshotAsync();

        var result = await Decisions.DoNotHireAsync(new DoNotHire { CandidateId = candidate.Id, ReasonCode = NotHiredReasons.Other, Comment = "Late." }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Equal(Db.Text[messageKey, TestData.OtherHrProfessional.DisplayName, TestData.AsShown(decidedAt)].Value, result.Refused().Message);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Dismiss_AndHireOfTheSameCandidateAtOnce_OnlyOneWins()
    {
        var hiring = Db.Get<HiringService>();
        for (var round = 0; round < 10; round++)
        {
            var candidate = await Db.Given.CandidateAsync();
            var request = TestData.HireRequestFor(candidate);

            var outcomes = await Concurrently.RunAsync(2, async i => i == 0
                ? (await hiring.HireAsync(request, TestData.HrProfessional, TestContext.Current.CancellationToken)).Problem
                : (await Decisions.DismissAsync(candidate.Id, TestData.OtherHrProfessional, TestContext.Current.CancellationToken)).Problem);

            var loser = Assert.Single(outcomes, p => p is not null)!;
            Assert.Equal(ProblemKind.Conflict, loser.Kind);
            await using var db = Db.CreateDbContext();
            var stored = await db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.Id == candidate.Id, TestContext.Current.CancellationToken);
            var hireWon = outcomes[0] is null;
            Assert.Equal(hireWon ? CandidateStatus.Hired : CandidateStatus.Dismissed, stored.Status);
            Assert.Equal(hireWon, await db.Workers.AnyAsync(w => w.Email == candidate.Email, TestContext.Current.CancellationToken));
            Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.EntityId == candidate.Id.ToString(), TestContext.Current.CancellationToken));
        }
    }

    private async Task DecideAsync(ExportedCandidate candidate, CandidateStatus decision, Actor actor)
    {
        var ct = TestContext.Current.CancellationToken;
        var succeeded = decision switch
        {
            CandidateStatus.Hired => (await Db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate), actor, ct)).Succeeded,
            CandidateStatus.NotHired => (await Decisions.DoNotHireAsync(new DoNotHire { CandidateId = candidate.Id, ReasonCode = NotHiredReasons.DeclinedOffer, Comment = "Declined." }, actor, ct)).Succeeded,
            CandidateStatus.Dismissed => (await Decisions.DismissAsync(candidate.Id, actor, ct)).Succeeded,
            _ => throw new ArgumentOutOfRangeException(nameof(decision)),
        };
        Assert.True(succeeded);
    }
}
