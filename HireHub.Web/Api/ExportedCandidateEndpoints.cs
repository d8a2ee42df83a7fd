using System.Globalization;
using System.Text.Json.Serialization;
using HireHub.Core.Domain;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Api;

/// <summary><c>/api/v1/exported-candidates</c>: how an applicant tracking system exports hired candidates and learns their fate.</summary>
public static class ExportedCandidateEndpoints
{
    public const string Path = "/exported-candidates";

    public static void MapExportedCandidates(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(Path).WithTags("Exported candidates");

        group.MapPost("", ExportAsync)
            .WithName("ExportCandidate")
            .WithSummary("Export a hired candidate")
            .WithDescription("Creates the candidate (201), or updates it while HR has not acted on it (200, revision + 1; unchanged: same revision). Send an Idempotency-Key: a retry with the same key and body within 24 hours gets the first response again.")
            .Accepts<ExportCandidate>("application/json")
            .Produces<ExportedCandidateResource>(StatusCodes.Status201Created)
            .Produces<ExportedCandidateResource>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/batch", ExportBatchAsync)
            .WithName("ExportCandidates")
            .WithSummary("Export up to 1,000 candidates at once")
            .WithDescription("One result per item, in order. Valid items are stored even when others fail. Replayable with its Idempotency-Key like a single export.")
            .Accepts<ExportCandidateBatch>("application/json")
            .Produces<BatchResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/dry-run", DryRunAsync)
            .WithName("DryRunExportCandidate")
            .WithSummary("Check an export without storing it")
            .WithDescription("Authorises and validates like an export (200 when it would be accepted, 400 or 403 otherwise) and stores nothing. The setup health check uses it.")
            .Accepts<ExportCandidate>("application/json")
            .Produces(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetExportedCandidate")
            .WithSummary("Read one of your exported candidates")
            .Produces<ExportedCandidateResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("", ListAsync)
            .WithName("ListExportedCandidates")
            .WithSummary("List your exported candidates, oldest change first")
            .WithDescription("Keyset-paged: pass nextCursor back as cursor until it is null. Filter by status (NotProcessed, Hired, NotHired, Dismissed) and updatedSince (ISO 8601) to learn which exports were hired.")
            .Produces<ExportedCandidatePage>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> ExportAsync(HttpContext http, ExportService exports, IntegrationRegistry registry, IStringLocalizer<ApiText> text, CancellationToken ct)
    {
        var body = await ApiRequest.ReadJsonAsync<ExportCandidate>(http, ApiRequest.SingleBodyLimit, text, ct);
        if (body.Failure is not null)
        {
            return body.Failure;
        }

        http.Items[ApiProblems.CandidateIdKey] = body.Value!.CandidateId;
        var caller = await ApiRequest.AuthorizeAsync(http, registry, IntegrationOperation.WriteExportedCandidates, text, ct);
        if (caller.Failure is not null)
        {
            return caller.Failure;
        }

        var key = ApiRequest.IdempotencyKey(http, text);
        if (key.Failure is not null)
        {
            return key.Failure;
        }

        var result = await exports.ExportAsync(caller.Value!.ToExportSource(), body.Value, key.Value, ct);
        if (result.Problem is { } problem)
        {
            return ApiProblems.From(http, problem);
        }

        var receipt = result.Value!;
        MarkReplay(http, receipt.Replayed);
        if (receipt.Outcome == ExportOutcome.Created)
        {
            http.Response.Headers.Location = Location(http, receipt.Candidate.Id);
            return ApiRequest.Json(receipt.Candidate, StatusCodes.Status201Created);
        }

        return ApiRequest.Json(receipt.Candidate);
    }

    private static async Task<IResult> DryRunAsync(HttpContext http, IntegrationRegistry registry, FluentValidation.IValidator<ExportCandidate> validator, IStringLocalizer<ApiText> text, CancellationToken ct)
    {
        var body = await ApiRequest.ReadJsonAsync<ExportCandidate>(http, ApiRequest.SingleBodyLimit, text, ct);
        if (body.Failure is not null)
        {
            return body.Failure;
        }

        var caller = await ApiRequest.AuthorizeAsync(http, registry, IntegrationOperation.WriteExportedCandidates, text, ct);
        if (caller.Failure is not null)
        {
            return caller.Failure;
        }

        var validation = await validator.ValidateAsync(ExportCandidateValidator.ContextFor(body.Value!, caller.Value!.DefaultPhoneRegion), ct);
        return validation.IsValid
            ? ApiRequest.Json(new { valid = true, connection = caller.Value.ConnectionName })
            : ApiProblems.Validation(http, validation.ToDictionary(), text["BodyInvalid"]);
    }

    private static async Task<IResult> ExportBatchAsync(HttpContext http, ExportService exports, IntegrationRegistry registry, IStringLocalizer<ApiText> text, CancellationToken ct)
    {
        var body = await ApiRequest.ReadJsonAsync<ExportCandidateBatch>(http, ApiRequest.BatchBodyLimit, text, ct);
        if (body.Failure is not null)
        {
            return body.Failure;
        }

        var caller = await ApiRequest.AuthorizeAsync(http, registry, IntegrationOperation.WriteExportedCandidates, text, ct);
        if (caller.Failure is not null)
        {
            return caller.Failure;
        }

        var key = ApiRequest.IdempotencyKey(http, text);
        if (key.Failure is not null)
        {
            return key.Failure;
        }

        var result = await exports.ExportBatchAsync(caller.Value!.ToExportSource(), body.Value!.Items, key.Value, ct);
        if (result.Problem is { } problem)
        {
            return ApiProblems.From(http, problem);
        }

        MarkReplay(http, result.Value!.Replayed);
        return ApiRequest.Json(new BatchResponse(result.Value.Items.Select(BatchItem.From).ToList()));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, ExportQueries queries, IntegrationRegistry registry, IStringLocalizer<ApiText> text, CancellationToken ct)
    {
        var caller = await ApiRequest.AuthorizeAsync(http, registry, IntegrationOperation.ReadExportedCandidates, text, ct);
        if (caller.Failure is not null)
        {
            return caller.Failure;
        }

        var candidate = await queries.FindAsync(caller.Value!.ConnectionId, id, ct);
        return candidate is null ? ApiProblems.Problem(http, StatusCodes.Status404NotFound, text["CandidateNotFound", id]) : ApiRequest.Json(candidate);
    }

    private static async Task<IResult> ListAsync(
        string? status, string? updatedSince, string? limit, string? cursor,
        HttpContext http, ExportQueries queries, IntegrationRegistry registry, IStringLocalizer<ApiText> text, CancellationToken ct)
    {
        var caller = await ApiRequest.AuthorizeAsync(http, registry, IntegrationOperation.ReadExportedCandidates, text, ct);
        if (caller.Failure is not null)
        {
            return caller.Failure;
        }

        var errors = new Dictionary<string, string[]>();
        CandidateStatus? statusFilter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<CandidateStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
            {
                statusFilter = parsed;
            }
            else
            {
                errors["status"] = [text["StatusUnknown", string.Join(", ", Enum.GetNames<CandidateStatus>())]];
            }
        }

        DateTimeOffset? since = null;
        if (!string.IsNullOrEmpty(updatedSince))
        {
            if (DateTimeOffset.TryParse(updatedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                since = parsed.ToUniversalTime();
            }
            else
            {
                errors["updatedSince"] = [text["UpdatedSinceFormat"]];
            }
        }

        var take = ExportListQuery.DefaultLimit;
        if (!string.IsNullOrEmpty(limit) && !int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take))
        {
            errors["limit"] = [text["LimitFormat", ExportListQuery.MaxLimit]];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(http, errors, text["QueryInvalid"], keysAreApiNames: true);
        }

        var page = await queries.ListAsync(caller.Value!.ConnectionId, new ExportListQuery(statusFilter, since, take, string.IsNullOrEmpty(cursor) ? null : cursor), ct);
        return page.Problem is { } problem ? ApiProblems.From(http, problem) : ApiRequest.Json(page.Value);
    }

    private static string Location(HttpContext http, Guid id) => $"{http.Request.PathBase}{ApiEndpoints.Prefix}{Path}/{id}";

    private static void MarkReplay(HttpContext http, bool replayed)
    {
        if (replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }
    }

    /// <summary>The response of a batch: one result per item, in the order sent.</summary>
    public sealed record BatchResponse(IReadOnlyList<BatchItem> Items);

    /// <summary>
    /// One item's result: <c>status</c> is what a single export of it would have answered (201 created,
    /// 200 updated or unchanged, 400 invalid, 409 already acted on).
    /// </summary>
    public sealed record BatchItem(
        int Index,
        int Status,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Id,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IDictionary<string, string[]>? Errors)
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
