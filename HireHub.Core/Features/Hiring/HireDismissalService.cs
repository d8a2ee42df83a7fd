using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Hiring;

/// <summary>
/// Dismiss after a hire (no-show, offer declined, offer withdrawn): within <see cref="WindowDays"/> days of the start
/// date, HR undoes a hire from a candidate without erasing what happened. In one transaction the employment ends the
/// day before its start date (it is ended, never removed, whether or not it had started: the worker row keeps the
/// personnel number, which is never handed out again, and the onboarding tasks keep their history), the position
/// assignment ends likewise so the position is vacant again, open onboarding tasks are cancelled, the candidate
/// becomes Dismissed with the reason, and an audit event says who did it and why.
/// </summary>
public sealed class HireDismissalService(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<DismissAfterHire> validator,
    TimeProvider time,
    IStringLocalizer<CoreText> text)
{
    /// <summary>How long after the start date a hire may still be dismissed.</summary>
    public const int WindowDays = 14;

    /// <summary>The worker's latest hire, when it came from a candidate; null otherwise.</summary>
    public async Task<HireDismissalOption?> FindAsync(string personnelNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var worker = await db.Workers.AsNoTracking().Where(w => w.PersonnelNumber == personnelNumber)
            .Select(w => new { w.Id, w.Version, w.PersonnelNumber, w.FirstName, w.MiddleName, w.LastName })
            .SingleOrDefaultAsync(ct);
        if (worker is null || !await db.ExportedCandidates.AnyAsync(c => c.WorkerId == worker.Id && (c.Status == CandidateStatus.Hired || c.Status == CandidateStatus.Dismissed), ct))
        {
            return null;
        }

        var employment = await Latest(db.Employments.AsNoTracking().Where(e => e.WorkerId == worker.Id)).FirstAsync(ct);
        var position = await db.PositionAssignments.AsNoTracking()
            .Where(a => a.WorkerId == worker.Id && a.EndDate == null && a.StartDate >= employment.StartDate)
            .Select(a => a.Position!.PositionNumber).FirstOrDefaultAsync(ct);
        var openTasks = await db.OnboardingTasks.CountAsync(t => t.EmploymentId == employment.Id && t.State == OnboardingTaskState.Open, ct);
        return new HireDismissalOption(
            worker.Id, worker.Version, employment.Id, FullName.Of(worker.FirstName, worker.MiddleName, worker.LastName), worker.PersonnelNumber,
            employment.StartDate, employment.StartDate.AddDays(WindowDays), employment.DismissedAt, employment.DismissalReason, position, openTasks);
    }

    public async Task<Result<HireDismissed>> DismissAsync(DismissAfterHire request, Actor actor, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Problem.Invalid(validation.ToDictionary(), text["DismissInvalid"]);
        }

        try
        {
            return await dbFactory.WriteAsync((db, attemptCt) => DismissInTransactionAsync(db, request, actor, attemptCt), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The worker, the employment or the candidate was written between our read and our save.
            return Problem.Conflict(text["WorkerChangedMeanwhile"]);
        }
    }

    private async Task<Result<HireDismissed>> DismissInTransactionAsync(HireHubDbContext db, DismissAfterHire request, Actor actor, CancellationToken ct)
    {
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.Id == request.WorkerId, ct);
        if (worker is null)
        {
            return Problem.NotFound(text["WorkerNotFound"]);
        }

        if (worker.Version != request.WorkerVersion)
        {
            return Problem.Conflict(text["WorkerChangedMeanwhile"]);
        }

        var employments = await Latest(db.Employments.Where(e => e.WorkerId == worker.Id)).ToListAsync(ct);
        var employment = employments.SingleOrDefault(e => e.Id == request.EmploymentId);
        if (employment is null)
        {
            return Problem.NotFound(text["EmploymentNotFound"]);
        }

        if (employment.DismissedAt is not null)
        {
            return Problem.Conflict(text["HireAlreadyDismissed"]);
        }

        if (employments[0].Id != employment.Id)
        {
            return Problem.Conflict(text["DismissLaterEmployment", employments[0].StartDate.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]);
        }

        var today = time.Today();
        if (employment.StartDate.AddDays(WindowDays) < today)
        {
            return Problem.Conflict(text["DismissWindowPassed", employment.StartDate.ToString("d", System.Globalization.CultureInfo.CurrentCulture), WindowDays]);
        }

        var candidate = await db.ExportedCandidates.Where(c => c.WorkerId == worker.Id && c.Status == CandidateStatus.Hired)
            .OrderByDescending(c => c.ActedAt).FirstOrDefaultAsync(ct);
        if (candidate is null)
        {
            return Problem.Conflict(text["DismissNotFromCandidate"]);
        }

        var now = time.GetUtcNow();
        var before = new { candidate.Status, Employment = new { employment.StartDate, employment.EndDate } };

        // Ended the day before it began: the employment never had a working day, and no query takes it for a current one.
        employment.EndDate = employment.StartDate.AddDays(-1);
        employment.DismissedAt = now;
        employment.DismissalReason = request.ReasonCode;

        var assignments = await db.PositionAssignments.Include(a => a.Position)
            .Where(a => a.WorkerId == worker.Id && a.StartDate >= employment.StartDate && (a.EndDate == null || a.EndDate >= a.StartDate))
            .ToListAsync(ct);
        foreach (var assignment in assignments)
        {
            assignment.EndDate = assignment.StartDate.AddDays(-1);
        }

        var comment = request.Comment!.Trim();
        // The tasks keep HR's own words, not a sentence in the language of whoever dismissed: others read them too.
        var cancelled = await OnboardingTasks.CancelOpenAsync(db, employment.Id, actor, now, comment, ct);

        // The candidate's stamp as every decision leaves it; the ATS reads Dismissed on its next look.
        CandidateDecisionRules.Decide(candidate, CandidateStatus.Dismissed, actor, now);
        candidate.ReasonCode = request.ReasonCode;
        candidate.Comment = comment;

        // The worker's row is written too, so a concurrent change to the worker refuses this dismissal (or the other way round).
        worker.Version = Guid.NewGuid();

        var vacated = assignments.Select(a => a.Position!.PositionNumber).FirstOrDefault();
        AuditTrail.Record(db, time, actor, AuditActions.HireDismissed, nameof(ExportedCandidate), candidate.Id.ToString(), before, new
        {
            candidate.Status,
            candidate.ReasonCode,
            candidate.Comment,
            worker.PersonnelNumber,
            EmploymentId = employment.Id,
            Employment = new { employment.StartDate, employment.EndDate },
            VacatedPositions = assignments.Select(a => a.Position!.PositionNumber).ToList(),
            OnboardingTasksCancelled = cancelled,
        });

        return new HireDismissed(worker.PersonnelNumber, FullName.Of(worker.FirstName, worker.MiddleName, worker.LastName), vacated, cancelled);
    }

    /// <summary>A worker's employments, latest first: by start date, then by when HR recorded them.</summary>
    private static IOrderedQueryable<Employment> Latest(IQueryable<Employment> employments) =>
        employments.OrderByDescending(e => e.StartDate).ThenByDescending(e => e.CreatedAt);
}
