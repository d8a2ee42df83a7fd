using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Hiring;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HireHub.Web.Components.Pages.PersonnelManagement;

/// <summary>
/// How HR decides on one candidate from a list: the Hire new worker dialog, the Do not hire dialog, and Dismiss after
/// a confirmation. The list only says which candidate and reloads after; what is asked, saved and told is here.
/// </summary>
public sealed class CandidateDecisionDialogs(IDialogService dialogs, IStringLocalizer<WebText> text)
{
    /// <summary>The hire, or null when the person closed the dialog without hiring.</summary>
    public async Task<HireResult?> HireAsync(CandidateToHire candidate)
    {
        var parameters = new DialogParameters<HireNewWorkerDialog> { { d => d.CandidateId, candidate.Id } };
        // A flagged candidate's dialog focuses its first flagged field itself, instead of the dialog's first field.
        var focus = candidate.Missing == MissingHireData.None ? DefaultFocus.Element : DefaultFocus.None;
        var dialog = await dialogs.ShowAsync<HireNewWorkerDialog>(text["HireNewWorker"], parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true, DefaultFocus = focus });
        return await dialog.Result is { Canceled: false, Data: HireResult hire } ? hire : null;
    }

    /// <summary>True when the person recorded the decision not to hire.</summary>
    public async Task<bool> DoNotHireAsync(CandidateToHire candidate)
    {
        var parameters = new DialogParameters<DoNotHireDialog> { { d => d.CandidateId, candidate.Id }, { d => d.CandidateName, candidate.Name } };
        var dialog = await dialogs.ShowAsync<DoNotHireDialog>(text["DoNotHire"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        return await dialog.Result is { Canceled: false };
    }

    /// <summary>
    /// Asks in a dialog named for the candidate, as Do not hire does; true when the candidate was dismissed. A refusal
    /// (someone acted first) or a failure stays in the dialog until the person closes it.
    /// </summary>
    public async Task<bool> DismissAsync(CandidateToHire candidate)
    {
        var parameters = new DialogParameters<DismissCandidateDialog> { { d => d.CandidateId, candidate.Id }, { d => d.CandidateName, candidate.Name } };
        var dialog = await dialogs.ShowAsync<DismissCandidateDialog>(text["DismissCandidate", candidate.Name], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        return await dialog.Result is { Canceled: false };
    }
}
