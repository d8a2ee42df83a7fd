using HireHub.Core.Common;
using HireHub.Core.Features.Privacy;
using HireHub.Web.Authentication;

namespace HireHub.Web.Privacy;

/// <summary>The privacy page's downloads: everything HireHub holds about one person, as JSON, for administrators only.</summary>
public static class PrivacyEndpoints
{
    public const string CandidateDataPath = "/admin/privacy/candidates/{0}/data.json";
    public const string WorkerDataPath = "/admin/privacy/workers/{0}/data.json";

    public static void MapHireHubPrivacyEndpoints(this WebApplication app)
    {
        var privacy = app.MapGroup("/admin/privacy").RequireAuthorization(HireHubRoles.Admin);
        privacy.MapGet("/candidates/{id:guid}/data.json", async (Guid id, HttpContext http, SubjectRightsService rights) =>
            Download(http, await rights.ExportCandidateAsync(id, http.User.ToActor(), http.RequestAborted), $"hirehub-candidate-{id}.json"));
        privacy.MapGet("/workers/{id:guid}/data.json", async (Guid id, HttpContext http, SubjectRightsService rights) =>
            Download(http, await rights.ExportWorkerAsync(id, http.User.ToActor(), http.RequestAborted), $"hirehub-worker-{id}.json"));
    }

    private static IResult Download<T>(HttpContext http, Result<T> export, string fileName)
    {
        // The file is one person's personal data: no cache may keep a copy.
        http.Response.Headers.CacheControl = "no-store";
        if (!export.Succeeded)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: export.Problem.Message);
        }

        return Results.File(System.Text.Encoding.UTF8.GetBytes(SubjectDataJson.Serialize(export.Value)), "application/json", fileName);
    }
}
