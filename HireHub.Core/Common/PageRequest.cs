namespace HireHub.Core.Common;

public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>A page of a grid the server sorts and filters, as a grid asks for it.</summary>
public sealed record PageRequest(int Page = 0, int PageSize = 25, string? SortBy = null, SortDirection Direction = SortDirection.Ascending, string? Search = null)
{
    public const int MaxPageSize = 100;

    public int Skip => Math.Max(0, Page) * Take;

    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);
}

public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount);
