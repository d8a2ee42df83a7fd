using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HireHub.Web.Api;

/// <summary><c>/api/v1/metadata</c>: what an applicant tracking system may write, field by field.</summary>
public static class MetadataEndpoints
{
    public static void MapMetadata(this RouteGroupBuilder api)
    {
        api.MapGet("/metadata/exported-candidates", GetAsync)
            .RequireRegistry(IntegrationOperation.ReadMetadata)
            .WithTags("Metadata")
            .WithName("GetExportedCandidateMetadata")
            .WithSummary("Describe the exported candidates table")
            .WithDescription("Each field's name, type, whether it is required and its maximum length. Needs a role with organisation-level Read on Entity, Field and Relationship.");
    }

    // The caller is bound only to be authorised: any application the registry allows may read the table's shape.
    private static async Task<Ok<ExportTableMetadata>> GetAsync(ApiCaller caller, ExportQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MetadataAsync(ct));
}
