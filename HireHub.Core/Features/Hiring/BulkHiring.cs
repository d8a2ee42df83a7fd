using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace HireHub.Core.Features.Hiring;

/// <summary>
/// Hire selected: what the candidates share (legal entity, worker type, checklists, and optionally one start date),
/// and per candidate an optional position. Each candidate is still hired on their own (see <see cref="BulkHiringService"/>).
/// </summary>
public sealed record BulkHire
{
    /// <summary>At most this many candidates per action: a page of the panel at its largest, and a wait HR can follow.</summary>
    public const int MaxCandidates = 100;

    public string? LegalEntityId { get; set; }

    public WorkerType? WorkerType { get; set; }

    /// <summary>One start date for everyone; null keeps each candidate's own.</summary>
    public DateOnly? StartDateForAll { get; set; }

    /// <summary>The last day of a contractor's engagement, which a contractor's employment needs.</summary>
    public DateOnly? EmploymentEndDate { get; set; }

    public IReadOnlyList<Guid> ChecklistTemplateIds { get; set; } = [];

    public IReadOnlyList<BulkHireRow> Rows { get; set; } = [];
}

public sealed record BulkHireRow(Guid CandidateId, Guid? PositionId = null);

public enum BulkHireOutcomeKind
{
    Hired,

    /// <summary>Not hired here: HR must decide in the single dialog whether it is a rehire or someone else.</summary>
    PossibleDuplicate,

    NotHired,
}

/// <summary>One row's result: hired with a personnel number, or why not in words HR can act on.</summary>
public sealed record BulkHireOutcome(Guid CandidateId, BulkHireOutcomeKind Kind, string? PersonnelNumber, string? Message);

public sealed class BulkHireValidator : AbstractValidator<BulkHire>
{
    public BulkHireValidator(IStringLocalizer<CoreText> text)
    {
        RuleFor(r => r.Rows).NotEmpty().WithText(text, "BulkHireNobodySelected")
            .Must(rows => rows.Count <= BulkHire.MaxCandidates).WithText(text, "BulkHireTooMany", BulkHire.MaxCandidates)
            .Must(rows => rows.Select(r => r.CandidateId).Distinct().Count() == rows.Count).WithText(text, "BulkHireCandidateTwice")
            .Must(rows => rows.Where(r => r.PositionId is not null).GroupBy(r => r.PositionId).All(g => g.Count() == 1)).WithText(text, "BulkHirePositionTwice");
        RuleFor(r => r.LegalEntityId).NotEmpty().WithText(text, "LegalEntityRequired");
        RuleFor(r => r.WorkerType).NotNull().WithText(text, "WorkerTypeRequired").IsInEnum().WithTextName(text, "WorkerTypeName");
        RuleFor(r => r.EmploymentEndDate).NotNull().WithText(text, "EndDateRequiredForContractor")
            .When(r => r.WorkerType == Domain.WorkerType.Contractor);
        RuleFor(r => r.ChecklistTemplateIds).Must(ids => ids.Count <= HireNewWorkerValidator.MaxChecklists && ids.Distinct().Count() == ids.Count)
            .WithText(text, "ChecklistsInvalid", HireNewWorkerValidator.MaxChecklists);
    }
}

/// <summary>
/// Hires many candidates with the single hire's rules: each row is prepared as the Hire new worker dialog opens it,
/// then goes through <see cref="HiringService.HireAsync"/> (the same validator, the same transaction) on its own, so
/// one row's failure undoes no other. A candidate who may be an existing worker is left for the single dialog, where
/// HR decides between a rehire and a new worker.
/// </summary>
public sealed class BulkHiringService(
    HiringService hiring,
    IValidator<BulkHire> validator,
    IStringLocalizer<CoreText> text,
    ILogger<BulkHiringService> logger)
{
    /// <param name="rowDone">Called after each row, in order, e.g. to move a progress bar.</param>
    public async Task<Result<IReadOnlyList<BulkHireOutcome>>> HireAsync(BulkHire request, Actor actor, Func<BulkHireOutcome, Task>? rowDone = null, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Problem.Invalid(validation.ToDictionary(), validation.Errors[0].ErrorMessage);
        }

        var outcomes = new List<BulkHireOutcome>(request.Rows.Count);
        foreach (var row in request.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var outcome = await HireOneAsync(request, row, actor, ct);
            outcomes.Add(outcome);
            if (rowDone is not null)
            {
                await rowDone(outcome);
            }
        }

        return outcomes;
    }

    private async Task<BulkHireOutcome> HireOneAsync(BulkHire shared, BulkHireRow row, Actor actor, CancellationToken ct)
    {
        try
        {
            var prepared = await hiring.PrepareAsync(row.CandidateId, ct);
            if (!prepared.Succeeded)
            {
                return NotHired(row, prepared.Problem);
            }

            var draft = prepared.Value;
            if (draft.Duplicates.Count > 0)
            {
                var lookAlike = draft.Duplicates[0];
                return new BulkHireOutcome(row.CandidateId, BulkHireOutcomeKind.PossibleDuplicate, null, text["BulkHirePossibleDuplicate", lookAlike.Name, lookAlike.PersonnelNumber]);
            }

            var start = shared.StartDateForAll ?? draft.Request.StartDate;
            var request = draft.Request with
            {
                LegalEntityId = shared.LegalEntityId,
                WorkerType = shared.WorkerType,
                StartDate = start,
                EmploymentEndDate = shared.WorkerType == WorkerType.Contractor ? shared.EmploymentEndDate : null,
                PositionId = row.PositionId,
                AssignmentStartDate = row.PositionId is null ? null : start,
                ChecklistTemplateIds = shared.ChecklistTemplateIds,
            };
            var hired = await hiring.HireAsync(request, actor, ct);
            return hired.Succeeded
                ? new BulkHireOutcome(row.CandidateId, BulkHireOutcomeKind.Hired, hired.Value.PersonnelNumber, null)
                : NotHired(row, hired.Problem);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store failed for this row: say so, and go on with the others, whose transactions are their own.
            logger.LogError(ex, "Bulk hire of candidate {CandidateId} failed", row.CandidateId);
            return new BulkHireOutcome(row.CandidateId, BulkHireOutcomeKind.NotHired, null, text["BulkHireRowFailed"]);
        }
    }

    /// <summary>The field messages say what to fix (a missing phone number); the problem's own message is the fallback.</summary>
    private static BulkHireOutcome NotHired(BulkHireRow row, Problem problem) =>
        new(row.CandidateId, BulkHireOutcomeKind.NotHired, null,
            problem.Errors is { Count: > 0 } errors ? string.Join(" ", errors.Values.SelectMany(m => m).Distinct()) : problem.Message);
}
