using HireHub.Core.Common;
using HireHub.Core.Features.Administration;
using HireHub.Web.Components.Pages.Admin;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Authentication;

/// <summary>What the admin pages need beyond Blazor: the audit log as a CSV download, for administrators only, its times in the administrator's zone.</summary>
public static class AdminEndpoints
{
    public static void MapHireHubAdminEndpoints(this WebApplication app) =>
        app.MapGet("/admin/audit.csv", async (HttpContext http, AuditLogQueries audit, PersonTime time, IStringLocalizer<WebText> text, DateTimeOffset? from, DateTimeOffset? to, string? actor, string? record, string? action) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"hirehub-audit.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false));
            await audit.WriteCsvAsync(new AuditLogFilter(from, to, actor, record, action, AuditText.ActionsNamed(text, action)), time.Zone, writer, http.RequestAborted);
        }).RequireAuthorization(HireHubRoles.Admin);
}
