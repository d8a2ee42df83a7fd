namespace HireHub.Core.Features.Candidates;

/// <summary>Reason codes for "Do not hire"; people read them through the resource key <c>Reason_{code}</c>.</summary>
public static class NotHiredReasons
{
    public const string DeclinedOffer = "DeclinedOffer";
    public const string FailedBackgroundCheck = "FailedBackgroundCheck";
    public const string PositionCancelled = "PositionCancelled";
    public const string DuplicateRecord = "DuplicateRecord";
    public const string Other = "Other";

    public static IReadOnlyList<string> All { get; } = [DeclinedOffer, FailedBackgroundCheck, PositionCancelled, DuplicateRecord, Other];
}
