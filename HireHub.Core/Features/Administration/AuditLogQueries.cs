using System.Globalization;
using System.Text;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Administration;

/// <summary>What the audit log is narrowed to; every part is optional. <see cref="Actor"/> is a person or an application.</summary>
/// <param name="Action">Text typed to find actions: it matches the stored action code, and any of <paramref name="ActionsNamed"/>.</param>
/// <param name="ActionsNamed">The action codes whose words, as the page shows them in the reader's language, contain
/// <paramref name="Action"/> ("worker hired" or "aangesteld" finds WorkerHired): the words live with the pages.</param>
public sealed record AuditLogFilter(
    DateTimeOffset? From = null, DateTimeOffset? To = null, string? Actor = null, string? Record = null, string? Action = null,
    IReadOnlyCollection<string>? ActionsNamed = null);

/// <param name="RecordName">The candidate's or worker's name and ID (the ATS's candidate ID, the personnel number) for a
/// record that is one; null for the rest, which the page names by their type and id.</param>
public sealed record AuditLogEntry(long Id, DateTimeOffset OccurredAt, string Actor, string Action, string EntityType, string EntityId, string? Before, string? After, string? RecordName = null);

public sealed record AuditLogPage(IReadOnlyList<AuditLogEntry> Items, int TotalCount);

/// <summary>
/// The Audit log page: hires, status changes, export revisions and configuration changes, newest first, paged in the
/// database. Every filter ignores case; the record filter also finds a candidate or worker by name or ID, whose events
/// are kept under their internal id.
/// </summary>
public sealed class AuditLogQueries(IDbContextFactory<HireHubDbContext> dbFactory, IStringLocalizer<CoreText> text)
{
    public const int MaxPageSize = 200;

    public async Task<AuditLogPage> ListAsync(AuditLogFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = await FilteredAsync(db, filter, ct);
        var total = await events.CountAsync(ct);
        var items = await events.OrderByDescending(e => e.Id).Skip(Math.Max(page, 0) * pageSize).Take(pageSize)
            .Select(e => new AuditLogEntry(e.Id, e.OccurredAt, e.Actor, e.Action, e.EntityType, e.EntityId, e.Before, e.After, null))
            .ToListAsync(ct);
        var names = await AuditRecordNames.OfAsync(db, items, ct);
        return new AuditLogPage(items.Select(e => e with { RecordName = names.GetValueOrDefault((e.EntityType, e.EntityId)) }).ToList(), total);
    }

    /// <summary>
    /// The whole filtered log as CSV (RFC 4180), streamed from the database in id order. Every value an actor, an ATS
    /// or an administrator could have typed is text a spreadsheet might run as a formula: one starting with
    /// <c>= + - @</c>, a tab or a carriage return is written with a leading <c>'</c> (and quoted), which spreadsheets
    /// show as text (<see cref="CsvOutput"/>). Times are ISO 8601 in the administrator's <paramref name="zone"/>, with
    /// its offset, so a spreadsheet sorts them and nobody has to guess which zone a bare time was in.
    /// </summary>
    public async Task WriteCsvAsync(AuditLogFilter filter, TimeZoneInfo zone, TextWriter writer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var csv = CsvOutput.Create(writer);
        // The header row is in the administrator's language; the values are the log's own, times in the person's zone.
        string[] columns = ["AuditCsv_OccurredAt", "AuditCsv_Actor", "AuditCsv_Action", "AuditCsv_Record", "AuditCsv_RecordId", "AuditCsv_Before", "AuditCsv_After"];
        await csv.WriteRecordAsync([.. columns.Select(column => text[column].Value)], ct);
        await foreach (var e in (await FilteredAsync(db, filter, ct)).OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            await csv.WriteRecordAsync([TimeZoneInfo.ConvertTime(e.OccurredAt, zone).ToString("O", CultureInfo.InvariantCulture), e.Actor, e.Action, e.EntityType, e.EntityId, e.Before, e.After], ct);
        }
    }

    private static async Task<IQueryable<AuditEvent>> FilteredAsync(HireHubDbContext db, AuditLogFilter f, CancellationToken ct)
    {
        var events = db.AuditEvents.AsNoTracking();
        if (f.From is { } from)
        {
            events = events.Where(e => e.OccurredAt >= from);
        }

        if (f.To is { } to)
        {
            events = events.Where(e => e.OccurredAt < to);
        }

        // LIKE, as every search in HireHub: "hanna" finds Hanna Reyes on SQLite and SQL Server alike.
        events = events.WhereAnyContains(f.Actor, e => e.Actor);
        if (!string.IsNullOrWhiteSpace(f.Action))
        {
            var pattern = LikePattern.Contains(f.Action.Trim());
            var named = f.ActionsNamed ?? [];
            events = events.Where(e => EF.Functions.Like(e.Action, pattern, LikePattern.Escape) || named.Contains(e.Action));
        }

        if (!string.IsNullOrWhiteSpace(f.Record))
        {
            var people = await AuditRecordNames.MatchingAsync(db, f.Record, ct);
            var pattern = LikePattern.Contains(f.Record.Trim());
            events = events.Where(e => EF.Functions.Like(e.EntityType, pattern, LikePattern.Escape)
                || EF.Functions.Like(e.EntityId, pattern, LikePattern.Escape)
                || people.Contains(e.EntityId));
        }

        return events;
    }
}
