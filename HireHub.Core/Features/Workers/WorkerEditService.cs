using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Workers;

/// <summary>
/// Corrections HR makes to a worker after the hire, each validated, concurrency-checked against the version the page
/// read, and audited with the values before and after in the same transaction.
/// </summary>
public sealed class WorkerEditService(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<ChangeWorkerContact> contactValidator,
    IValidator<ChangeEmploymentStart> startValidator,
    IEnumerable<IEmploymentStartFollower> startFollowers,
    TimeProvider time,
    IStringLocalizer<CoreText> text)
{
    /// <summary>Stores the worker's email (trimmed, lower case, as a hire stores it) and phone (E.164).</summary>
    public async Task<Result<Guid>> ChangeContactAsync(ChangeWorkerContact request, Actor actor, CancellationToken ct = default)
    {
        var validation = await contactValidator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Problem.Invalid(validation.ToDictionary(), text["WorkerEditInvalid"]);
        }

        return await StaleEdits.WriteAsync<Guid>(dbFactory, text, async (db, attemptCt) =>
        {
            var worker = await db.Workers.SingleOrDefaultAsync(w => w.PersonnelNumber == request.PersonnelNumber, attemptCt);
            if (worker is null)
            {
                return Problem.NotFound(text["WorkerNotFound"]);
            }

            if (StaleEdits.IsStale(worker, request.Version))
            {
                return StaleEdits.Refusal(text);
            }

            var before = new { worker.Email, worker.Phone };
            worker.Email = request.Email!.Trim().ToLowerInvariant();
            worker.Phone = PhoneNumberFormat.NormalizeOrNull(request.Phone)!;
            if (before.Email == worker.Email && before.Phone == worker.Phone)
            {
                return worker.Version;
            }

            AuditTrail.Record(db, time, actor, AuditActions.WorkerContactChanged, nameof(Worker), worker.Id.ToString(), before, new { worker.Email, worker.Phone });
            await db.SaveChangesAsync(attemptCt);
            return worker.Version;
        }, ct);
    }

    /// <summary>
    /// Moves an employment that has not started yet to another start date; the position assignments that started with
    /// it move too, and so does whatever follows the start date (<see cref="IEmploymentStartFollower"/>).
    /// </summary>
    public async Task<Result<Guid>> ChangeStartDateAsync(ChangeEmploymentStart request, Actor actor, CancellationToken ct = default)
    {
        var validation = await startValidator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Problem.Invalid(validation.ToDictionary(), text["WorkerEditInvalid"]);
        }

        var start = request.StartDate!.Value;
        return await StaleEdits.WriteAsync<Guid>(dbFactory, text, async (db, attemptCt) =>
        {
            var employment = await db.Employments.Include(e => e.Worker).ThenInclude(w => w!.Employments)
                .SingleOrDefaultAsync(e => e.Id == request.EmploymentId && e.Worker!.PersonnelNumber == request.PersonnelNumber, attemptCt);
            if (employment is null)
            {
                return Problem.NotFound(text["WorkerNotFound"]);
            }

            if (StaleEdits.IsStale(employment, request.Version))
            {
                return StaleEdits.Refusal(text);
            }

            var previous = employment.StartDate;
            if (previous <= time.Today())
            {
                return Problem.Conflict(text["EmploymentAlreadyStarted", previous.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]);
            }

            if (employment.EndDate is { } end && start >= end)
            {
                return Invalid(text["EndDateAfterStart"]);
            }

            if (employment.Worker!.Employments.Any(e => e.Id != employment.Id && e.StartDate <= start && (e.EndDate is null || e.EndDate >= start)))
            {
                return Invalid(text["StartOverlapsEmployment"]);
            }

            if (start == previous)
            {
                return employment.Version;
            }

            employment.StartDate = start;
            var assignments = await db.PositionAssignments
                .Where(a => a.WorkerId == employment.WorkerId && a.EndDate == null && (a.StartDate == previous || (a.StartDate > previous && a.StartDate < start)))
                .ToListAsync(attemptCt);
            // What began with the employment begins with it again; nothing can begin before it.
            assignments.ForEach(a => a.StartDate = start);
            foreach (var follower in startFollowers)
            {
                await follower.FollowAsync(db, employment, previous, attemptCt);
            }

            AuditTrail.Record(db, time, actor, AuditActions.EmploymentStartChanged, nameof(Worker), employment.WorkerId.ToString(),
                new { EmploymentStartDate = previous, employment.LegalEntityId },
                new { EmploymentStartDate = start, employment.LegalEntityId, PositionsMoved = assignments.Count });
            await db.SaveChangesAsync(attemptCt);
            return employment.Version;
        }, ct);
    }

    private static Problem Invalid(string message) =>
        Problem.Invalid(new Dictionary<string, string[]> { [nameof(ChangeEmploymentStart.StartDate)] = [message] }, message);
}
