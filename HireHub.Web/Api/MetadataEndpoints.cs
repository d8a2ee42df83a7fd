using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Api;

/// <summary><c>/api/v1/metadata</c>: what an applicant tracking system may write, field by field.</summary>
public static class MetadataEndpoints
{
    public static void MapMetadata(this RouteGroupBuilder api)
    {
        api.MapGet("/metadata/exported-candidates", GetAsync)
            .WithTags("Metadata")
            .WithName("GetExportedCandidateMetadata")
            .WithSummary("Describe the exported candidates table")
            .WithDescription("Each field's name, type, whether it is required and its maximum length. Needs a role with organisation-level Read on Entity, Field and Relationship.")
            .Produces<ExportTableMetadata>();
    }

    private static async Task<IResult> GetAsync(HttpContext http, ExportQueries queries, IntegrationRegistry registry, IStringLocalizer<ApiText> text, CancellationToken ct)
    {
        var caller = await ApiRequest.AuthorizeAsync(http, registry, IntegrationOperation.ReadMetadata, text, ct);
        return caller.Failure ?? ApiRequest.Json(await queries.MetadataAsync(ct));
    }
}
