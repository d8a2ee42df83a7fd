using System.Globalization;
using CsvHelper;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Administration;

/// <summary>
/// The audit log's CSV download holds text that people and applications typed (names, record ids, JSON of what
/// changed). A spreadsheet runs a cell that starts with <c>= + - @</c>, a tab or a carriage return as a formula, so
/// each such value is written with a leading <c>'</c>, which shows it as text; everything else round-trips exactly.
/// </summary>
public sealed class AuditCsvTests : DatabaseTest
{
    public static TheoryData<string> FormulaTriggers => ["=", "+", "-", "@", "\t", "\r"];

    [Theory]
    [MemberData(nameof(FormulaTriggers))]
    public async Task Csv_OfAValueStartingWithAFormulaTrigger_EscapesItAsText(string trigger)
    {
        var typed = trigger + "HYPERLINK(\"https://evil.example\",\"Open\")";
        await Db.InsertAsync(Event(actor: typed, entityId: trigger + "1+1", after: trigger + "{\"a\":1}"));

        var rows = await DownloadAsync();

        Assert.Equal(["'" + typed, "'" + trigger + "1+1", "'" + trigger + "{\"a\":1}"], [rows[1][1], rows[1][4], rows[1][6]]);
    }

    [Fact]
    public async Task Csv_OfOrdinaryValues_RoundTripsThemWithCommasQuotesAndLineBreaks()
    {
        await Db.InsertAsync(Event(actor: "Sam Okoye", entityId: "a,b", after: "{\"note\":\"line one\nline \"two\"\"}"));

        var rows = await DownloadAsync();

        Assert.Equal(["OccurredAt", "Actor", "Action", "Record", "RecordId", "Before", "After"], rows[0]);
        Assert.Equal(["Sam Okoye", "CsvEscapeCheck", "AtsConnection", "a,b", "", "{\"note\":\"line one\nline \"two\"\"}"], rows[1][1..]);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task Csv_ShowsEachMomentInTheAdministratorsZone_WithItsOffset()
    {
        await Db.InsertAsync(Event(actor: "Sam Okoye", entityId: "zone", after: null));
        Assert.True(TimeZones.TryFind("Pacific/Auckland", out var auckland));

        var rows = await DownloadAsync(auckland);

        var shown = DateTimeOffset.Parse(rows[1][0], CultureInfo.InvariantCulture);
        Assert.Equal(CoreServices.DefaultNow, shown);
        Assert.Equal(auckland.GetUtcOffset(CoreServices.DefaultNow), shown.Offset);
        Assert.NotEqual(TimeSpan.Zero, shown.Offset);
    }

    private static AuditEvent Event(string actor, string entityId, string? after) => new()
    {
        OccurredAt = CoreServices.DefaultNow,
        Actor = actor,
        Action = "CsvEscapeCheck",
        EntityType = nameof(AtsConnection),
        EntityId = entityId,
        After = after,
    };

    private async Task<List<string[]>> DownloadAsync(TimeZoneInfo? zone = null)
    {
        await using var text = new StringWriter();
        await Db.Get<AuditLogQueries>().WriteCsvAsync(new AuditLogFilter(Action: "CsvEscapeCheck"), zone ?? TimeZoneInfo.Utc, text, TestContext.Current.CancellationToken);

        var rows = new List<string[]>();
        using var csv = CsvReader.FromText(text.ToString(), CsvReaderOptions.Default with { HasHeader = false });
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        return rows;
    }
}
