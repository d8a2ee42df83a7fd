using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Dashboard;

/// <summary>
/// Consecutive periods of time, oldest first: period <c>i</c> runs from <c>Starts[i]</c> up to, not including, the next
/// start (or <see cref="End"/> for the last). Weeks and days are UTC: a week starts on Monday at 00:00 UTC, a day at
/// 00:00 UTC. UTC because the stored times are UTC and a bucket boundary must be the same for every person and
/// instance; the charts say so. The last period is the one now falls in, so it is still running.
/// </summary>
public sealed record Periods(IReadOnlyList<DateTimeOffset> Starts, DateTimeOffset End)
{
    public int Count => Starts.Count;

    public DateTimeOffset StartOf(int index) => Starts[index];

    public DateTimeOffset EndOf(int index) => index + 1 < Starts.Count ? Starts[index + 1] : End;

    /// <summary>The <paramref name="count"/> UTC weeks (Monday to Sunday) up to and including the one <paramref name="now"/> is in.</summary>
    public static Periods Weeks(DateTimeOffset now, int count)
    {
        var today = now.UtcDateTime.Date;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return Of(new DateTimeOffset(monday, TimeSpan.Zero), TimeSpan.FromDays(7), count);
    }

    /// <summary>The <paramref name="count"/> UTC days up to and including today.</summary>
    public static Periods Days(DateTimeOffset now, int count) =>
        Of(new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero), TimeSpan.FromDays(1), count);

    private static Periods Of(DateTimeOffset currentStart, TimeSpan length, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var starts = Enumerable.Range(0, count).Select(i => currentStart - (length * (count - 1 - i))).ToList();
        return new Periods(starts, currentStart + length);
    }
}

/// <summary>
/// Counts rows per period in the database, in one query over the bounded range the periods cover: the range is an
/// index seek (the caller's time column leads an index), each row's period a CASE of comparisons with the boundaries,
/// and the grouping SQL's own. Comparisons with parameters are all either provider needs, so the same query runs on
/// SQLite (where a <see cref="DateTimeOffset"/> is stored as a number that sorts in time order, see
/// <see cref="Data.SqliteHireHubDbContext"/>) and on SQL Server (datetimeoffset): no date function of either.
/// </summary>
internal static class PeriodCounts
{
    public static Task<int[]> CountAsync<T>(IQueryable<T> rows, Expression<Func<T, DateTimeOffset>> at, Periods periods, CancellationToken ct) =>
        CountAsync(rows, (LambdaExpression)at, periods, ct);

    public static Task<int[]> CountAsync<T>(IQueryable<T> rows, Expression<Func<T, DateTimeOffset?>> at, Periods periods, CancellationToken ct) =>
        CountAsync(rows, (LambdaExpression)at, periods, ct);

    private static async Task<int[]> CountAsync<T>(IQueryable<T> rows, LambdaExpression at, Periods periods, CancellationToken ct)
    {
        var counts = new int[periods.Count];
        foreach (var c in await Query(rows, at, periods).ToListAsync(ct))
        {
            counts[c.Period] = c.Count;
        }

        return counts;
    }

    /// <summary>The query <see cref="CountAsync{T}(IQueryable{T}, Expression{Func{T, DateTimeOffset}}, Periods, CancellationToken)"/> runs: periods with no rows are absent.</summary>
    internal static IQueryable<PeriodCount> Query<T>(IQueryable<T> rows, LambdaExpression at, Periods periods)
    {
        // The boundaries are read from an array through the expression tree, so EF sends them as parameters: the
        // query's shape is the same every time and is compiled once, where constants would make a new query each call.
        var bounds = new Boundaries([.. periods.Starts, periods.End]);
        var row = at.Parameters[0];
        var time = at.Body;
        Expression Bound(int index) => Expression.Convert(
            Expression.ArrayIndex(Expression.Property(Expression.Constant(bounds), nameof(Boundaries.Values)), Expression.Constant(index)), time.Type);

        var inRange = Expression.AndAlso(Expression.GreaterThanOrEqual(time, Bound(0)), Expression.LessThan(time, Bound(periods.Count)));
        Expression period = Expression.Constant(0);
        for (var i = 1; i < periods.Count; i++)
        {
            period = Expression.Condition(Expression.GreaterThanOrEqual(time, Bound(i)), Expression.Constant(i), period);
        }

        return rows
            .Where(Expression.Lambda<Func<T, bool>>(inRange, row))
            .GroupBy(Expression.Lambda<Func<T, int>>(period, row))
            .Select(g => new PeriodCount(g.Key, g.Count()));
    }

    internal sealed record PeriodCount(int Period, int Count);

    private sealed class Boundaries(DateTimeOffset[] values)
    {
        public DateTimeOffset[] Values { get; } = values;
    }
}
