using HireHub.Core.Common;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Hiring;
using HireHub.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace HireHub.Web.Components.Pages.PersonnelManagement;

/// <summary>
/// The Candidates to hire panel: one page of waiting candidates, read from the store once the page is live, sorted,
/// searched and paged on the server, reloaded when any instance records a change (<see cref="CandidateFeed"/>); each
/// row's Hire, Do not hire and Dismiss go through <see cref="CandidateDecisionDialogs"/>.
/// </summary>
public sealed partial class CandidatesToHirePanel : IDisposable
{
    private const string RowButtonClass = "mud-button-root mud-button mud-button-outlined mud-button-outlined-default mud-button-outlined-size-small";
    private readonly ServerPaging paging = new(pageSize: 10);
    private readonly CandidateSelection selected = new();
    private Page<CandidateToHire> page = new([], 0);
    private CancellationTokenSource? load;
    private IDisposable? feedSubscription;
    private bool loading;
    private bool loaded;
    private string? loadProblem;

    /// <summary>Raised after a hire, with the new worker.</summary>
    [Parameter]
    public EventCallback<HireResult> OnHired { get; set; }

    /// <summary>Raised after "Do not hire" or "Dismiss", with what to tell the person (as a hire's banner tells it).</summary>
    [Parameter]
    public EventCallback<string> OnDecided { get; set; }

    /// <summary>The candidates a Home page figure counts (<see cref="CandidateListFilter"/>); none by default.</summary>
    [Parameter]
    public CandidateListFilter Filter { get; set; } = CandidateListFilter.None;

    /// <summary>A search to start with, e.g. the one candidate a Home page alert links to.</summary>
    [Parameter]
    public string? InitialSearch { get; set; }

    private (CandidateListFilter Filter, string? Search)? applied;

    // Every HR professional looking at the panel sees a new or revised export at once, without reloading.
    protected override void OnInitialized() => feedSubscription = Feed.Subscribe(_ => InvokeAsync(ReloadAsync));

    // The rows are read once the page is live: prerendering them too would query twice for one visit. A link to this
    // page with another filter or search (from the filter note, say) starts again from its first page.
    protected override Task OnParametersSetAsync()
    {
        if (applied == (Filter, InitialSearch))
        {
            return Task.CompletedTask;
        }

        applied = (Filter, InitialSearch);
        paging.SearchFor(InitialSearch);
        return RendererInfo.IsInteractive ? ReloadAsync() : Task.CompletedTask;
    }

    public void Dispose()
    {
        feedSubscription?.Dispose();
        load?.Cancel();
        load?.Dispose();
    }

    // A newer request (a key typed, a live export) supersedes one still running, as the grid's ServerData did.
    private async Task ReloadAsync()
    {
        load?.Cancel();
        load?.Dispose();
        var current = load = new CancellationTokenSource();
        loading = true;
        try
        {
            // A store that fails says so above the table; the rows shown stay, and the next sort or page tries again.
            loadProblem = await Submit.RunAsync("candidates to hire", async () =>
            {
                var person = (await CurrentActor.GetAsync()).Id;
                var result = await Candidates.ListToHireAsync(paging.Request, person, Filter, current.Token);
                if (paging.IsPastTheEnd(result.TotalCount))
                {
                    paging.ClampTo(result.TotalCount);
                    result = await Candidates.ListToHireAsync(paging.Request, person, Filter, current.Token);
                }

                (page, loaded) = (result, true);
            }, T["CandidatesLoadFailed"]);
        }
        catch (OperationCanceledException) when (current.IsCancellationRequested)
        {
            return;
        }
        finally
        {
            loading = !ReferenceEquals(current, load);
        }

        StateHasChanged();
    }

    private Task SortByAsync(string column)
    {
        paging.ToggleSort(column);
        return ReloadAsync();
    }

    private Task SearchAsync(string? text)
    {
        paging.SearchFor(text);
        return ReloadAsync();
    }

    private Task GoToPageAsync(int pageIndex)
    {
        paging.GoTo(pageIndex);
        return ReloadAsync();
    }

    private Task ChangePageSizeAsync(int size)
    {
        paging.Resize(size);
        return ReloadAsync();
    }

    private static IEnumerable<MissingHireData> MissingFlags(MissingHireData missing) =>
        Enum.GetValues<MissingHireData>().Where(flag => flag != MissingHireData.None && missing.HasFlag(flag));

    private async Task HireAsync(CandidateToHire candidate)
    {
        var hire = await Decide.HireAsync(candidate);
        // However it closed: a cancelled dialog may have said that someone else acted on the candidate first.
        await ReloadAsync();
        if (hire is not null)
        {
            await OnHired.InvokeAsync(hire);
        }
    }

    private async Task BulkHireClosedAsync(bool anyHired)
    {
        if (anyHired)
        {
            await OnDecided.InvokeAsync();
        }

        await ReloadAsync();
    }

    private async Task DoNotHireAsync(CandidateToHire candidate)
    {
        var decided = await Decide.DoNotHireAsync(candidate);
        await ReloadAsync();
        if (decided)
        {
            await OnDecided.InvokeAsync(T["NotHiredMessage", candidate.Name]);
        }
    }

    private async Task DismissAsync(CandidateToHire candidate)
    {
        var dismissed = await Decide.DismissAsync(candidate);
        // However it closed: a cancelled dialog may have said that someone else acted on the candidate first.
        await ReloadAsync();
        if (dismissed)
        {
            await OnDecided.InvokeAsync(T["Dismissed", candidate.Name]);
        }
    }
}
