using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Features.Hiring;
using HireHub.Core.Features.Organization;
using HireHub.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HireHub.Web.Components.Pages.PersonnelManagement;

/// <summary>
/// The Hire new worker dialog's behaviour: the draft read from the candidate, the vacant positions and duplicates it
/// offers, the revision it watches, and the hire it submits (the markup is HireNewWorkerDialog.razor).
/// </summary>
public partial class HireNewWorkerDialog
{
    private readonly FieldErrors errors = new();
    private HireDraft? draft;
    private HireNewWorker? request;
    private IReadOnlyList<DuplicateWorker> duplicates = [];
    private IReadOnlyList<LegalEntityOption> legalEntities = [];
    private MudAutocomplete<VacantPosition>? positionPicker;
    private VacantPosition? position;
    private string? problem;
    private bool saving;
    private CandidateRevisionWatch? revisionWatch;
    private MudTextField<string>? emailField;
    private MudTextField<string>? phoneField;
    private MudDatePicker? startPicker;
    private bool focusFirstError;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid CandidateId { get; set; }

    private bool IsRehire => request?.DuplicateDecision == DuplicateDecision.Rehire;

    protected override async Task OnInitializedAsync()
    {
        legalEntities = await Organization.LegalEntitiesAsync();
        var prepared = await Hiring.PrepareAsync(CandidateId);
        if (!prepared.Succeeded)
        {
            problem = prepared.Problem.Message;
            return;
        }

        draft = prepared.Value;
        request = draft.Request;
        duplicates = draft.Duplicates;

        // What the panel flagged (no phone, email not valid, start date in the past) opens marked, the first focused.
        var opened = await Validator.ValidateAsync(request);
        errors.Set(opened);
        focusFirstError = !opened.IsValid;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusFirstError && request is not null)
        {
            focusFirstError = false;
            if (errors.Has(nameof(HireNewWorker.Email)) && emailField is not null)
            {
                await emailField.FocusAsync();
            }
            else if (errors.Has(nameof(HireNewWorker.Phone)) && phoneField is not null)
            {
                await phoneField.FocusAsync();
            }
            else if (errors.Has(nameof(HireNewWorker.StartDate)) && startPicker is not null)
            {
                await startPicker.FocusAsync();
            }
        }
    }

    // The form now holds the ATS's new values: the caption, the checks and the look-alikes follow them.
    private async Task RevisionAppliedAsync(CandidateChangesSince applied)
    {
        draft = draft! with
        {
            JobTitle = applied.Changes.FirstOrDefault(c => c.Field == "jobTitle") is { } title ? title.NewValue : draft.JobTitle,
            Location = applied.Changes.FirstOrDefault(c => c.Field == "location") is { } location ? location.NewValue : draft.Location,
        };
        problem = null;
        // The caption lives in the dialog's container, which renders it again only when told.
        Dialog.StateHasChanged();
        errors.Set(await Validator.ValidateAsync(request!));
        await CheckDuplicatesAsync();
    }

    // The conflict that asked for this choice is answered once a choice is made.
    private void DecisionChanged() => problem = null;

    private void StartDateChanged(DateTime? date)
    {
        var previous = request!.StartDate;
        request.StartDate = date.ToDateOnly();
        // The assignment follows the employment start until someone sets it apart.
        if (request.AssignmentStartDate is null || request.AssignmentStartDate == previous)
        {
            request.AssignmentStartDate = request.StartDate;
        }
    }

    private async Task LegalEntityChanged(string? legalEntityId)
    {
        request!.LegalEntityId = legalEntityId;
        // Positions belong to one legal entity: a choice made for another no longer applies.
        if (position is not null && positionPicker is not null)
        {
            await positionPicker.ClearAsync();
        }

        await PositionChanged(null);
    }

    private Task PositionChanged(VacantPosition? chosen)
    {
        position = chosen;
        request!.PositionId = chosen?.Id;
        request.AssignmentStartDate ??= request.StartDate;
        return Task.CompletedTask;
    }

    private async Task<IEnumerable<VacantPosition>> SearchPositionsAsync(string? text, CancellationToken ct) =>
        string.IsNullOrEmpty(request?.LegalEntityId) ? [] : await Hiring.FindVacantPositionsAsync(request.LegalEntityId, text, ct);

    private async Task CheckDuplicatesAsync()
    {
        if (request is not null && !IsRehire)
        {
            problem = await Submit.RunAsync("possible duplicates", async () => duplicates = await Hiring.FindDuplicatesAsync(request), T["LoadFailed"]) ?? problem;
        }
    }

    private async Task HireAsync()
    {
        problem = null;
        saving = true;
        var hired = await Submit.SubmitAsync("hire", errors, Validator, request!, async actor =>
        {
            var outcome = await Hiring.HireAsync(request!, actor);
            if (outcome.Problem?.Kind == ProblemKind.Conflict)
            {
                // Show what is true now: a re-export since the revision HR saw, a look-alike that appeared, or the
                // position that was taken.
                if (revisionWatch is not null)
                {
                    await revisionWatch.CheckAsync();
                }

                duplicates = await Hiring.FindDuplicatesAsync(request!);
            }

            return outcome;
        });
        saving = false;
        problem = hired.Message;
        if (hired.Saved)
        {
            Dialog.Close(DialogResult.Ok(hired.Value));
        }
    }
}
