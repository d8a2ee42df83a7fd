using System.Linq.Expressions;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Dashboard;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Dashboard;

/// <summary>Weeks and days are the person's; counting one is a count over a parameterised range, the same on both providers.</summary>
public sealed class PeriodCountsTests : DatabaseTest
{
    private static readonly Periods Weeks = Periods.Weeks(new DateTimeOffset(2028, 1, 4, 10, 0, 0, TimeSpan.Zero), 12, In(TimeZones.Utc));

    private static PersonTime In(string zone)
    {
        var person = new PersonTime();
        Assert.True(person.Use(zone));
        return person;
    }

    [Fact]
    public void Weeks_StartOnMondayAtMidnightUtc_AndEndWithTheCurrentOne()
    {
        Assert.All(Weeks.Starts, start => Assert.Equal((DayOfWeek.Monday, TimeSpan.Zero, TimeSpan.Zero), (start.DayOfWeek, start.TimeOfDay, start.Offset)));
        Assert.Equal(new DateTimeOffset(2028, 1, 3, 0, 0, 0, TimeSpan.Zero), Weeks.StartOf(11));
        Assert.Equal(new DateTimeOffset(2028, 1, 10, 0, 0, 0, TimeSpan.Zero), Weeks.EndOf(11));
        Assert.Equal(Weeks.StartOf(1), Weeks.EndOf(0));

        // On a Sunday just before midnight the week is still the one that began six days before.
        Assert.Equal(new DateTimeOffset(2027, 12, 27, 0, 0, 0, TimeSpan.Zero), Periods.Weeks(new DateTimeOffset(2028, 1, 2, 23, 59, 59, TimeSpan.Zero), 1, In(TimeZones.Utc)).StartOf(0));
    }

    [Fact]
    public void Weeks_AreThePersonsOwn_InAFarTimeZone()
    {
        var auckland = In("Pacific/Auckland");

        // Sunday 2 January 23:59:59 UTC is Monday 3 January 12:59 in Auckland (UTC+13 in summer): a new week there.
        var weeks = Periods.Weeks(new DateTimeOffset(2028, 1, 2, 23, 59, 59, TimeSpan.Zero), 2, auckland);

        Assert.Equal(new DateTimeOffset(2028, 1, 3, 0, 0, 0, TimeSpan.FromHours(13)), weeks.StartOf(1));
        Assert.Equal(new DateTimeOffset(2027, 12, 27, 0, 0, 0, TimeSpan.FromHours(13)), weeks.StartOf(0));
        Assert.Equal(new DateTimeOffset(2028, 1, 10, 0, 0, 0, TimeSpan.FromHours(13)), weeks.End);
    }

    [Fact]
    public void Days_FollowTheCalendar_WhenTheClocksChange()
    {
        // Amsterdam moves its clocks forward on Sunday 26 March 2028: that day lasts 23 hours.
        var days = Periods.Days(new DateTimeOffset(2028, 3, 27, 12, 0, 0, TimeSpan.Zero), 3, In("Europe/Amsterdam"));

        Assert.Equal(new DateTimeOffset(2028, 3, 25, 0, 0, 0, TimeSpan.FromHours(1)), days.StartOf(0));
        Assert.Equal(new DateTimeOffset(2028, 3, 26, 0, 0, 0, TimeSpan.FromHours(1)), days.StartOf(1));
        Assert.Equal(new DateTimeOffset(2028, 3, 27, 0, 0, 0, TimeSpan.FromHours(2)), days.StartOf(2));
        Assert.Equal(TimeSpan.FromHours(23), days.EndOf(1) - days.StartOf(1));
        Assert.Equal(new DateTimeOffset(2028, 3, 28, 0, 0, 0, TimeSpan.FromHours(2)), days.End);
    }

    [Fact]
    public async Task OnSqlite_EachPeriodIsOneCountOverAParameterisedRange()
    {
        await using var db = Db.CreateDbContext();

        var sql = PeriodCounts.Query(db.ExportedCandidates, (Expression<Func<ExportedCandidate, DateTimeOffset>>)(c => c.ReceivedAt), Weeks.StartOf(0), Weeks.EndOf(0)).Select(c => c.Id).ToQueryString();

        Assert.Contains("\"e\".\"ReceivedAt\" >= @", sql, StringComparison.Ordinal);
        Assert.Contains("\"e\".\"ReceivedAt\" < @", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void OnSqlServer_TheSameQueryTranslates_WithoutADateFunction()
    {
        var options = new DbContextOptionsBuilder<SqlServerHireHubDbContext>().UseSqlServer("Server=localhost;Database=HireHub;Integrated Security=true").Options;
        using var db = new SqlServerHireHubDbContext(options);

        var hires = db.ExportedCandidates.Where(c => c.Status == CandidateStatus.Hired);
        var sql = PeriodCounts.Query(hires, (Expression<Func<ExportedCandidate, DateTimeOffset?>>)(c => c.ActedAt), Weeks.StartOf(3), Weeks.EndOf(3)).Select(c => c.Id).ToQueryString();

        Assert.Contains("[e].[ActedAt] >= @", sql, StringComparison.Ordinal);
        Assert.Contains("[e].[ActedAt] < @", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("DATEPART", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("DATEDIFF", sql, StringComparison.Ordinal);
    }
}
