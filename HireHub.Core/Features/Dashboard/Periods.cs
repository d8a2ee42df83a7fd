using System.Linq.Expressions;
using HireHub.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Dashboard;

/// <summary>
/// Consecutive periods of time, oldest first: period <c>i</c> runs from <c>Starts[i]</c> up to, not including, the next
/// start (or <see cref="End"/> for the last). Weeks and days are the person's: a week starts on Monday at 00:00 and a
/// day at 00:00 in their time zone (<see cref="PersonTime"/>), so "this week" on the chart is the week they live in and
/// each period links to the list of exactly its rows. A day is not always 24 hours (clocks change), so each start is
/// worked out from the calendar, not by adding hours. The last period is the one now falls in, so it is still running.
/// </summary>
public sealed record Periods(IReadOnlyList<DateTimeOffset> Starts, DateTimeOffset End)
{
    public int Count => Starts.Count;

    public DateTimeOffset StartOf(int index) => Starts[index];

    public DateTimeOffset EndOf(int index) => index + 1 < Starts.Count ? Starts[index + 1] : End;

    /// <summary>The <paramref name="count"/> weeks (Monday to Sunday in <paramref name="person"/>'s zone) up to and including the one <paramref name="now"/> is in.</summary>
    public static Periods Weeks(DateTimeOffset now, int count, PersonTime person)
    {
        var today = person.DateOf(now);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return Of(monday, 7, count, person);
    }

    /// <summary>The <paramref name="count"/> days of <paramref name="person"/>'s calendar up to and including today.</summary>
    public static Periods Days(DateTimeOffset now, int count, PersonTime person) => Of(person.DateOf(now), 1, count, person);

    private static Periods Of(DateOnly currentFirstDay, int days, int count, PersonTime person)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var starts = Enumerable.Range(0, count).Select(i => MidnightOf(currentFirstDay.AddDays(-days * (count - 1 - i)), person)).ToList();
        return new Periods(starts, MidnightOf(currentFirstDay.AddDays(days), person));
    }

    // In UTC: on SQLite a DateTimeOffset is stored as its clock time with the offset in the lowest bits, so it compares
    // in time order only with values of the same offset, and every stored time is UTC. Midnight in Auckland sent as
    // 00:00+13:00 would be compared as if it were 00:00 UTC.
    private static DateTimeOffset MidnightOf(DateOnly day, PersonTime person) => person.StartOf(day).ToUniversalTime();
}

/// <summary>
/// Counts rows per period in the database: one COUNT per period over that period's range of an index led by the
/// caller's time column, so the database counts index entries and sorts nothing (a GROUP BY of a CASE over the whole
/// range had to sort every row of it first: at 100,000 receipts in twelve weeks that sort was most of the time).
/// The boundaries are parameters: each query has the same shape every time and is compiled once. Only comparisons,
/// so the same query runs on SQLite (where a <see cref="DateTimeOffset"/> is stored as a number that sorts in time
/// order, see <see cref="Data.SqliteHireHubDbContext"/>) and on SQL Server (datetimeoffset): no date function of either.
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
        for (var i = 0; i < periods.Count; i++)
        {
            counts[i] = await Query(rows, at, periods.StartOf(i), periods.EndOf(i)).CountAsync(ct);
        }

        return counts;
    }

    /// <summary>The rows from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    internal static IQueryable<T> Query<T>(IQueryable<T> rows, LambdaExpression at, DateTimeOffset start, DateTimeOffset end)
    {
        // Read through a member of an object, as a captured variable is, so EF sends the boundaries as parameters.
        var range = Expression.Constant(new Range(start, end));
        var time = at.Body;
        var inRange = Expression.AndAlso(
            Expression.GreaterThanOrEqual(time, Expression.Convert(Expression.Property(range, nameof(Range.Start)), time.Type)),
            Expression.LessThan(time, Expression.Convert(Expression.Property(range, nameof(Range.End)), time.Type)));
        return rows.Where(Expression.Lambda<Func<T, bool>>(inRange, at.Parameters));
    }

    private sealed record Range(DateTimeOffset Start, DateTimeOffset End);
}
