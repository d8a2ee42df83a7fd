using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HireHub.Core.Features.Hiring;

/// <summary>Turns an exported candidate into a worker: the Hire new worker dialog's service.</summary>
public sealed class HiringService(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<HireNewWorker> validator,
    PersonnelNumberSequence sequence,
    TimeProvider time,
    IOptions<HiringOptions> options,
    IStringLocalizer<CoreText> text)
{
    public async Task<Result<HireDraft>> PrepareAsync(Guid candidateId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var candidate = await db.ExportedCandidates.AsNoTracking()
            .Where(c => c.Id == candidateId)
            .Select(c => new { Candidate = c, Source = c.Connection!.Name, c.Connection.DefaultLegalEntityId, c.Connection.DefaultPhoneRegion })
            .SingleOrDefaultAsync(ct);
        if (candidate is null)
        {
            return Problem.NotFound(text["CandidateNotFound"]);
        }

        var c = candidate.Candidate;
        if (!CandidateDecisionRules.MayDecide(c, text, out var refusal))
        {
            return refusal;
        }

        var request = new HireNewWorker
        {
            CandidateId = c.Id,
            Revision = c.Revision,
            FirstName = c.FirstName,
            MiddleName = c.MiddleName,
            LastName = c.LastName,
            Email = c.Email,
            Phone = PhoneNumberFormat.NormalizeOrNull(c.Phone, candidate.DefaultPhoneRegion) ?? c.Phone,
            StartDate = c.StartDate,
            LegalEntityId = c.LegalEntityId ?? candidate.DefaultLegalEntityId,
            WorkerType = Domain.WorkerType.Employee,
            AssignmentStartDate = c.StartDate,
        };
        var duplicates = await DuplicateWorkerFinder.FindAsync(db, c.FirstName, c.LastName, c.Email, request.Phone, time.Today(), ct);
        var next = await sequence.PeekAsync(db, ct);

        return new HireDraft(
            request,
            FullName.Of(c.FirstName, c.MiddleName, c.LastName),
            c.JobTitle,
            c.Location,
            candidate.Source,
            options.Value.AllowManualPersonnelNumber,
            next,
            duplicates);
    }

    /// <summary>
    /// What the ATS changed since <paramref name="seenRevision"/>, every revision after it taken together: the dialog
    /// shows it when the live feed announces a new revision, or when a hire was refused because of one.
    /// </summary>
    public async Task<CandidateChangesSince?> ChangesSinceAsync(Guid candidateId, int seenRevision, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CandidateChanges.SinceAsync(db, candidateId, seenRevision, ct);
    }

    public async Task<IReadOnlyList<DuplicateWorker>> FindDuplicatesAsync(HireNewWorker request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await DuplicateWorkerFinder.FindAsync(db, request.FirstName, request.LastName, request.Email, request.Phone, time.Today(), ct);
    }

    public async Task<IReadOnlyList<VacantPosition>> FindVacantPositionsAsync(string legalEntityId, string? search, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Positions.AsNoTracking()
            .Where(p => p.LegalEntityId == legalEntityId && !p.Assignments.Any(a => a.EndDate == null));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = LikePattern.Contains(search.Trim());
            query = query.Where(p => EF.Functions.Like(p.PositionNumber, pattern, LikePattern.Escape) || EF.Functions.Like(p.Title, pattern, LikePattern.Escape) || EF.Functions.Like(p.Department, pattern, LikePattern.Escape));
        }

        return await query.OrderBy(p => p.PositionNumber).Take(50)
            .Select(p => new VacantPosition(p.Id, p.PositionNumber, p.Title, p.Department))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Creates the worker (or the rehire employment), the employment, the position assignment, the
    /// candidate's change to Hired and the audit event in one transaction: all of it or nothing.
    /// </summary>
    public async Task<Result<HireResult>> HireAsync(HireNewWorker request, Actor actor, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Problem.Invalid(validation.ToDictionary(), text["HireInvalid"]);
        }

        try
        {
            // On SQLite the transaction begins IMMEDIATE, so concurrent hires queue instead of racing.
            return await dbFactory.WriteAsync((db, attemptCt) => HireInTransactionAsync(db, request, actor, attemptCt), ct);
        }
        catch (DbUpdateException)
        {
            // A concurrency token or a unique index refused it: the candidate was decided, the position filled or the
            // personnel number taken, meanwhile.
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await HireRefusals.ExplainLostRaceAsync(db, request, text, ct);
        }
    }

    private async Task<Result<HireResult>> HireInTransactionAsync(HireHubDbContext db, HireNewWorker request, Actor actor, CancellationToken ct)
    {
        var candidate = await db.ExportedCandidates.SingleOrDefaultAsync(c => c.Id == request.CandidateId, ct);
        if (!CandidateDecisionRules.MayDecide(candidate, text, out var refusal))
        {
            return refusal;
        }

        if (candidate.Revision != request.Revision)
        {
            return HireRefusals.ChangedSinceSeen(candidate, request.Revision, text);
        }

        if (!await db.LegalEntities.AnyAsync(e => e.Id == request.LegalEntityId, ct))
        {
            return HireRefusals.FieldProblem(nameof(HireNewWorker.LegalEntityId), text["LegalEntityUnknown"]);
        }

        var start = request.StartDate!.Value;
        Position? position = null;
        if (request.PositionId is { } positionId)
        {
            position = await db.Positions.Include(p => p.Assignments.Where(a => a.EndDate == null)).ThenInclude(a => a.Worker)
                .SingleOrDefaultAsync(p => p.Id == positionId, ct);
            if (position is null || position.LegalEntityId != request.LegalEntityId)
            {
                return HireRefusals.FieldProblem(nameof(HireNewWorker.PositionId), text["PositionNotInLegalEntity"]);
            }

            if (position.Assignments.FirstOrDefault() is { } holder)
            {
                return Problem.Conflict(text["PositionFilled", position.PositionNumber, FullName.Of(holder.Worker!.FirstName, holder.Worker.MiddleName, holder.Worker.LastName)]);
            }
        }

        var email = request.Email!.Trim().ToLowerInvariant();
        var phone = PhoneNumberFormat.NormalizeOrNull(request.Phone)!;
        Worker worker;
        var rehired = request.DuplicateDecision == DuplicateDecision.Rehire;
        if (rehired)
        {
            var existing = await db.Workers.Include(w => w.Employments).SingleOrDefaultAsync(w => w.Id == request.RehireWorkerId, ct);
            if (existing is null)
            {
                return HireRefusals.FieldProblem(nameof(HireNewWorker.RehireWorkerId), text["RehireWorkerUnknown"]);
            }

            if (existing.Employments.Any(e => e.EndDate is null || e.EndDate >= start))
            {
                return Problem.Conflict(text["StillEmployed", existing.PersonnelNumber]);
            }

            worker = existing;
            worker.Email = email;
            worker.Phone = phone;
            worker.WorkerType = request.WorkerType!.Value;
        }
        else
        {
            if (request.DuplicateDecision == DuplicateDecision.None
                && (await DuplicateWorkerFinder.FindAsync(db, request.FirstName, request.LastName, email, phone, time.Today(), ct)).Count > 0)
            {
                return Problem.Conflict(text["PossibleDuplicate"]);
            }

            var personnelNumber = string.IsNullOrWhiteSpace(request.PersonnelNumber)
                ? await sequence.TakeNextAsync(db, ct)
                : request.PersonnelNumber.Trim();
            if (await db.Workers.AnyAsync(w => w.PersonnelNumber == personnelNumber, ct))
            {
                return HireRefusals.FieldProblem(nameof(HireNewWorker.PersonnelNumber), text["PersonnelNumberTaken", personnelNumber]);
            }

            worker = new Worker
            {
                PersonnelNumber = personnelNumber,
                FirstName = request.FirstName.Trim(),
                MiddleName = string.IsNullOrWhiteSpace(request.MiddleName) ? null : request.MiddleName.Trim(),
                LastName = request.LastName.Trim(),
                Email = email,
                Phone = phone,
                WorkerType = request.WorkerType!.Value,
                CreatedAt = time.GetUtcNow(),
            };
            db.Workers.Add(worker);
        }

        var employment = new Employment { WorkerId = worker.Id, LegalEntityId = request.LegalEntityId!, StartDate = start, EndDate = request.EmploymentEndDate, CreatedAt = time.GetUtcNow() };
        db.Employments.Add(employment);
        // The onboarding tasks are part of the hire: a hire without the checklists HR chose is not stored either.
        var onboarding = await OnboardingTasks.CreateForEmploymentAsync(db, employment, request.ChecklistTemplateIds, time.GetUtcNow(), text, ct);
        if (!onboarding.Succeeded)
        {
            return onboarding.Problem;
        }

        PositionAssignment? assignment = null;
        if (position is not null)
        {
            assignment = db.PositionAssignments.Add(new PositionAssignment
            {
                PositionId = position.Id,
                WorkerId = worker.Id,
                StartDate = request.AssignmentStartDate ?? start,
                EndDate = null,
            }).Entity;
        }

        var before = new { candidate.Status, candidate.Revision };
        CandidateDecisionRules.Decide(candidate, CandidateStatus.Hired, actor, time.GetUtcNow());
        candidate.WorkerId = worker.Id;
        candidate.HiredRevision = request.Revision;
        candidate.HiredEmploymentId = employment.Id;
        candidate.HiredPositionAssignmentId = assignment?.Id;
        candidate.Comment = request.DuplicateDecision == DuplicateDecision.NewWorker ? request.NewWorkerReason : candidate.Comment;

        AuditTrail.Record(db, time, actor, rehired ? AuditActions.WorkerRehired : AuditActions.WorkerHired, nameof(ExportedCandidate), candidate.Id.ToString(), before, new
        {
            candidate.Status,
            HiredRevision = request.Revision,
            worker.PersonnelNumber,
            request.LegalEntityId,
            request.WorkerType,
            StartDate = start,
            request.EmploymentEndDate,
            Position = position?.PositionNumber,
            request.DuplicateDecision,
            request.NewWorkerReason,
            Checklists = onboarding.Value.Select(t => t.ChecklistName).Distinct().ToList(),
            OnboardingTasks = onboarding.Value.Count,
        });

        return new HireResult(worker.Id, worker.PersonnelNumber, FullName.Of(worker.FirstName, worker.MiddleName, worker.LastName), rehired, onboarding.Value.Count);
    }
}
