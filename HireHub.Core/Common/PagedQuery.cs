using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace HireHub.Core.Common;

/// <summary>
/// A grid's page read in the database, the way the lists of exports, workers, the integration log and the privacy
/// searches read it: the rows any searched column holds the typed text in, their total, and one page of them in the
/// grid's order. The Candidates to hire panel reads its own way (<c>CandidateQueries</c>): a prefix search each
/// condition in its own index, the total counted on a connection of its own beside the page, deep pages sought.
/// </summary>
public static class PagedQuery
{
    private static readonly System.Reflection.MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    /// <summary>
    /// The rows where any of <paramref name="columns"/> holds <paramref name="search"/>, the wildcards typed matching
    /// themselves (<see cref="LikePattern"/>); every row when nothing was typed. The same SQL as writing
    /// <c>EF.Functions.Like(column, pattern, LikePattern.Escape) || ...</c> by hand, the pattern a parameter.
    /// </summary>
    public static IQueryable<T> WhereAnyContains<T>(this IQueryable<T> query, string? search, params Expression<Func<T, string?>>[] columns)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return query;
        }

        var pattern = LikePattern.Contains(search.Trim());
        // A captured value, as in a hand-written lambda, so EF sends it as a parameter: one cached plan, no text in the SQL.
        Expression<Func<string>> captured = () => pattern;
        var row = Expression.Parameter(typeof(T), "row");
        var functions = Expression.Property(null, typeof(EF), nameof(EF.Functions));
        var matches = columns
            .Select(column => (Expression)Expression.Call(
                Like, functions, ReplacingExpressionVisitor.Replace(column.Parameters[0], row, column.Body), captured.Body, Expression.Constant(LikePattern.Escape)))
            .Aggregate(Expression.OrElse);
        return query.Where(Expression.Lambda<Func<T, bool>>(matches, row));
    }

    /// <summary>Counts what <paramref name="query"/> finds, then reads the requested page of it in <paramref name="order"/> as <paramref name="select"/> projects it.</summary>
    public static async Task<Page<TRow>> ToPageAsync<T, TRow>(
        this IQueryable<T> query, PageRequest request, Func<IQueryable<T>, IOrderedQueryable<T>> order, Expression<Func<T, TRow>> select, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var rows = await order(query).Skip(request.Skip).Take(request.Take).Select(select).ToListAsync(ct);
        return new Page<TRow>(rows, total);
    }

    /// <summary>The same page with each row turned into what the page shows (a full name, say, which the database does not compose).</summary>
    public static Page<TOut> Map<T, TOut>(this Page<T> page, Func<T, TOut> map) => new(page.Items.Select(map).ToList(), page.TotalCount);
}
