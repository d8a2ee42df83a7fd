using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Hiring;
using HireHub.Web.Components.Shared;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HireHub.Web.Components.Pages.PersonnelManagement;

/// <summary>
/// How HR decides on one candidate from a list: the Hire new worker dialog, the Do not hire dialog, and Dismiss after
/// a confirmation. The list only says which candidate and reloads after; what is asked, saved and told is here.
/// </summary>
public sealed class CandidateDecisionDialogs(
    IDialogService dialogs, ISnackbar snackbar, FormSubmission submit, CandidateDecisionService decisions, IStringLocalizer<WebText> text)
{
    /// <summary>The hire, or null when the person closed the dialog without hiring.</summary>
    public async Task<HireResult?> HireAsync(CandidateToHire candidate)
    {
        var parameters = new DialogParameters<HireNewWorkerDialog> { { d => d.CandidateId, candidate.Id } };
        var dialog = await dialogs.ShowAsync<HireNewWorkerDialog>(text["HireNewWorker"], parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
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
    /// Asks first; true when the person confirmed, whatever became of it (dismissed, refused because someone acted
    /// first, or failed), which the snackbar says.
    /// </summary>
    public async Task<bool> DismissAsync(CandidateToHire candidate)
    {
        var confirmed = await dialogs.ShowMessageBoxAsync(
            text["DismissTitle"], text["DismissConfirm", candidate.Name], yesText: text["Dismiss"], cancelText: text["Cancel"]);
        if (confirmed != true)
        {
            return false;
        }

        var dismissed = await submit.ActAsync("dismiss", actor => decisions.DismissAsync(candidate.Id, actor));
        snackbar.Add(
            dismissed.Message ?? text["Dismissed", candidate.Name],
            dismissed.Saved ? Severity.Info : dismissed.Problem is null ? Severity.Error : Severity.Warning);
        return true;
    }
}
