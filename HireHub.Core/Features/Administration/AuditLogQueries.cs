using System.Globalization;
using System.Text;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Administration;

/// <summary>What the audit log is narrowed to; every part is optional. <see cref="Actor"/> is a person or an application.</summary>
public sealed record AuditLogFilter(DateTimeOffset? From = null, DateTimeOffset? To = null, string? Actor = null, string? Record = null, string? Action = null);

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

    /// <summary>The whole filtered log as CSV (RFC 4180), streamed from the database in id order.</summary>
    public async Task WriteCsvAsync(AuditLogFilter filter, TextWriter writer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The header row is in the administrator's language; the values are the log's own (times in UTC, ISO 8601).
        string[] columns = ["AuditCsv_OccurredAt", "AuditCsv_Actor", "AuditCsv_Action", "AuditCsv_Record", "AuditCsv_RecordId", "AuditCsv_Before", "AuditCsv_After"];
        await writer.WriteLineAsync(string.Join(',', columns.Select(column => Csv(text[column]))));
        await foreach (var e in (await FilteredAsync(db, filter, ct)).OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            await writer.WriteLineAsync(string.Join(',',
                Csv(e.OccurredAt.ToString("O", CultureInfo.InvariantCulture)), Csv(e.Actor), Csv(e.Action), Csv(e.EntityType), Csv(e.EntityId), Csv(e.Before), Csv(e.After)));
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
        events = events.WhereAnyContains(f.Actor, e => e.Actor).WhereAnyContains(f.Action, e => e.Action);
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

    // Quotes every value that needs it; a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula.
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
