using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HireHub.Web.Api;

/// <summary>
/// <c>/api/v1/exported-candidates</c>: how an applicant tracking system exports hired candidates and learns their fate.
/// Each endpoint gets a request that passed its checks (<see cref="ApiChecks"/>): its body read, its caller authorised
/// by the registry, its idempotency key present; it calls a Core service and says what came of it. The OpenAPI
/// document is inferred from these signatures.
/// </summary>
public static class ExportedCandidateEndpoints
{
    public const string Path = "/exported-candidates";

    public static void MapExportedCandidates(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(Path).WithTags("Exported candidates");

        group.MapPost("", ExportAsync)
            .RequireRegistry(IntegrationOperation.WriteExportedCandidates)
            .WithMetadata(new ApiBodyLimit(ApiBodyLimit.Single))
            .WithName("ExportCandidate")
            .WithSummary("Export a hired candidate")
            .WithDescription("Creates the candidate (201), or updates it while HR has not acted on it (200, revision + 1; unchanged: same revision). A retry with the same Idempotency-Key and body within 24 hours gets the first response again (Idempotent-Replayed: true).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/batch", ExportBatchAsync)
            .RequireRegistry(IntegrationOperation.WriteExportedCandidates)
            .WithMetadata(new ApiBodyLimit(ApiBodyLimit.Batch))
            .WithName("ExportCandidates")
            .WithSummary("Export up to 1,000 candidates at once")
            .WithDescription("One result per item, in order. Valid items are stored even when others fail. Replayable with its Idempotency-Key like a single export.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/dry-run", DryRunAsync)
            .RequireRegistry(IntegrationOperation.WriteExportedCandidates)
            .WithMetadata(new ApiBodyLimit(ApiBodyLimit.Single))
            .WithName("DryRunExportCandidate")
            .WithSummary("Check an export without storing it")
            .WithDescription("Authorises and validates like an export (200 when it would be accepted, 400 or 403 otherwise) and stores nothing. Takes no Idempotency-Key. The setup health check uses it.");

        group.MapGet("/{id:guid}", GetAsync)
            .RequireRegistry(IntegrationOperation.ReadExportedCandidates)
            .WithName("GetExportedCandidate")
            .WithSummary("Read one of your exported candidates")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("", ListAsync)
            .RequireRegistry(IntegrationOperation.ReadExportedCandidates)
            .WithName("ListExportedCandidates")
            .WithSummary("List your exported candidates, oldest change first")
            .WithDescription("Keyset-paged: pass nextCursor back as cursor until it is null. Filter by status (NotProcessed, Hired, NotHired, Dismissed) and updatedSince (ISO 8601) to learn which exports were hired; limit is 1 to 200 (default 50).");
    }

    private static async Task<Results<Created<ExportedCandidateResource>, Ok<ExportedCandidateResource>, Results<ValidationProblem, ProblemHttpResult>>> ExportAsync(
        JsonBody<ExportCandidate> body,
        ApiCaller caller,
        [FromHeader(Name = IdempotencyKeys.Header), Required, RegularExpression(IdempotencyKeys.Pattern), Description(IdempotencyKeys.Description)] string? idempotencyKey,
        ExportService exports,
        HttpContext http,
        CancellationToken ct)
    {
        var result = await exports.ExportAsync(caller.Value.ToExportSource(), body.Value, idempotencyKey, ct);
        if (!result.Succeeded)
        {
            return ApiProblems.From(http, result.Problem);
        }

        var receipt = result.Value;
        MarkReplay(http, receipt.Replayed);
        if (receipt.Outcome == ExportOutcome.Created)
        {
            return TypedResults.Created($"{http.Request.PathBase}{ApiEndpoints.Prefix}{Path}/{receipt.Candidate.Id}", receipt.Candidate);
        }

        return TypedResults.Ok(receipt.Candidate);
    }

    private static async Task<Results<Ok<DryRunResult>, ValidationProblem>> DryRunAsync(
        JsonBody<ExportCandidate> body, ApiCaller caller, IValidator<ExportCandidate> validator, Microsoft.Extensions.Localization.IStringLocalizer<ApiText> text, HttpContext http, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(ExportCandidateValidator.ContextFor(body.Value, caller.Value.DefaultPhoneRegion), ct);
        return validation.IsValid
            ? TypedResults.Ok(new DryRunResult(true, caller.Value.ConnectionName))
            : ApiProblems.Validation(http, validation.ToDictionary(), text["BodyInvalid"]);
    }

    private static async Task<Results<Ok<BatchResponse>, Results<ValidationProblem, ProblemHttpResult>>> ExportBatchAsync(
        JsonBody<ExportCandidateBatch> body,
        ApiCaller caller,
        [FromHeader(Name = IdempotencyKeys.Header), Required, RegularExpression(IdempotencyKeys.Pattern), Description(IdempotencyKeys.Description)] string? idempotencyKey,
        ExportService exports,
        HttpContext http,
        CancellationToken ct)
    {
        var result = await exports.ExportBatchAsync(caller.Value.ToExportSource(), body.Value.Items, idempotencyKey, ct);
        if (!result.Succeeded)
        {
            return ApiProblems.From(http, result.Problem);
        }

        MarkReplay(http, result.Value.Replayed);
        return TypedResults.Ok(new BatchResponse(result.Value.Items.Select(BatchItem.From).ToList()));
    }

    private static async Task<Results<Ok<ExportedCandidateResource>, ProblemHttpResult>> GetAsync(
        Guid id, ApiCaller caller, ExportQueries queries, Microsoft.Extensions.Localization.IStringLocalizer<ApiText> text, HttpContext http, CancellationToken ct) =>
        await queries.FindAsync(caller.Value.ConnectionId, id, ct) is { } candidate
            ? TypedResults.Ok(candidate)
            : ApiProblems.Problem(http, StatusCodes.Status404NotFound, text["CandidateNotFound", id]);

    private static async Task<Results<Ok<ExportedCandidatePage>, Results<ValidationProblem, ProblemHttpResult>>> ListAsync(
        [AsParameters] ExportListParameters parameters, ApiCaller caller, ExportQueries queries, Microsoft.Extensions.Localization.IStringLocalizer<ApiText> text, HttpContext http, CancellationToken ct)
    {
        if (parameters.Read(text) is not { } query)
        {
            return ApiProblems.From(http, Core.Common.Problem.Invalid(parameters.Errors(text), text["QueryInvalid"]));
        }

        var page = await queries.ListAsync(caller.Value.ConnectionId, query, ct);
        return page.Succeeded ? TypedResults.Ok(page.Value) : ApiProblems.From(http, page.Problem);
    }

    private static void MarkReplay(HttpContext http, bool replayed)
    {
        if (replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }
    }

    /// <summary>What a dry run found: the export would be accepted, for this connection.</summary>
    public sealed record DryRunResult(bool Valid, string Connection);

    /// <summary>The response of a batch: one result per item, in the order sent.</summary>
    public sealed record BatchResponse(IReadOnlyList<BatchItem> Items);

    /// <summary>
    /// One item's result: <c>status</c> is what a single export of it would have answered (201 created, 200 updated or
    /// unchanged, 400 invalid, 409 already acted on). Each item carries <c>id</c> (every status but 400), <c>errors</c>
    /// (400 and 409), or both (409); neither is ever sent as null.
    /// </summary>
    public sealed record BatchItem(
        int Index,
        int Status,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Id = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IDictionary<string, string[]>? Errors = null)
    {
        public static BatchItem From(ExportItemResult result) => new(
            result.Index,
            result.Outcome switch
            {
                ExportOutcome.Created => StatusCodes.Status201Created,
                ExportOutcome.Invalid => StatusCodes.Status400BadRequest,
                ExportOutcome.Conflict => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status200OK,
            },
            result.Id,
            result.Errors?.ToDictionary(e => ApiProblems.FieldName(e.Key), e => e.Value));
    }
}
