namespace HireHub.Tests.Api.Fuzzing;

/// <summary>One generated request: the bytes, the content type (null: none) and the Idempotency-Key (null: none).</summary>
public sealed record HostileRequest(string Defect, byte[] Body, string? ContentType, string? IdempotencyKey);
