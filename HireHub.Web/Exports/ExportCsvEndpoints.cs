using System.Globalization;
using HireHub.Core.Features.Exports;
using HireHub.Web.Authentication;

namespace HireHub.Web.Exports;

/// <summary>The Export to HRIS page's CSV template, in the person's language and list separator, for recruiters.</summary>
public static class ExportCsvEndpoints
{
    public static void MapHireHubExportCsvEndpoints(this WebApplication app) =>
        app.MapGet("/exports/csv-template", async (HttpContext http) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{ExportCsvTemplate.FileName}\"";
            // The request's culture is the person's (the culture cookie), as on their pages.
            await ExportCsvTemplate.WriteAsync(http.Response.Body, CultureInfo.CurrentCulture, http.RequestAborted);
        }).RequireAuthorization(HireHubRoles.Recruiter);
}
