using HireHub.Core.Common;

namespace HireHub.Web.Components.Shared;

/// <summary>
/// What a plain server-paged table asks the database for: the page, its size, one sort column and the search.
/// Sorting cycles as MudDataGrid's single sort did: ascending, descending, then back to the query's own order.
/// Kept apart from the markup so every plain table pages and sorts alike.
/// </summary>
public sealed class ServerPaging(int pageSize = 10)
{
    public int Page { get; private set; }

    public int PageSize { get; private set; } = pageSize;

    public string? SortBy { get; private set; }

    public SortDirection Direction { get; private set; } = SortDirection.Ascending;

    public string? Search { get; private set; }

    public PageRequest Request => new(Page, PageSize, SortBy, Direction, Search);

    public void GoTo(int page) => Page = Math.Max(0, page);

    /// <summary>A new size starts again from the first page, as the rows on it would be others anyway.</summary>
    public void Resize(int pageSize) => (PageSize, Page) = (pageSize, 0);

    public void SearchFor(string? text) => (Search, Page) = (string.IsNullOrWhiteSpace(text) ? null : text.Trim(), 0);

    public void ToggleSort(string column)
    {
        (SortBy, Direction) = SortBy != column ? (column, SortDirection.Ascending)
            : Direction == SortDirection.Ascending ? (column, SortDirection.Descending)
            : ((string?)null, SortDirection.Ascending);
        Page = 0;
    }

    /// <summary>The value of the header's <c>aria-sort</c>: how screen readers tell the sort.</summary>
    public string AriaSort(string column) =>
        SortBy != column ? "none" : Direction == SortDirection.Ascending ? "ascending" : "descending";

    /// <summary>After rows left the last page (hired, dismissed), a page past the end shows the new last one.</summary>
    public bool IsPastTheEnd(int totalCount) => Page > 0 && Page * PageSize >= totalCount;

    public void ClampTo(int totalCount) => Page = totalCount == 0 ? 0 : (totalCount - 1) / PageSize;
}
