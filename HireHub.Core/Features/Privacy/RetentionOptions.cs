using Microsoft.Extensions.Options;

namespace HireHub.Core.Features.Privacy;

/// <summary>
/// The <c>Retention</c> section of configuration: how long HireHub keeps the personal data of candidates nobody
/// hired. HR data may only be kept as long as it is needed, so the sweep runs by default; a legal hold exempts a record.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Whether the background sweep runs; an erasure request from the privacy page works either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Days after HR chose "Do not hire" (counted from <c>ActedAt</c>) before the candidate is anonymised.</summary>
    public int NotHiredAnonymiseAfterDays { get; set; } = 180;

    /// <summary>Days after HR dismissed the candidate (counted from <c>ActedAt</c>) before it is anonymised.</summary>
    public int DismissedAnonymiseAfterDays { get; set; } = 180;

    /// <summary>Days after receipt when an unprocessed candidate is flagged to HR in the Candidates to hire panel.</summary>
    public int NotProcessedFlagAfterDays { get; set; } = 90;

    /// <summary>Days after receipt when an unprocessed candidate is anonymised.</summary>
    public int NotProcessedAnonymiseAfterDays { get; set; } = 365;

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Candidates read per query: each is anonymised in its own short transaction either way.</summary>
    public int BatchSize { get; set; } = 100;

    public const int MaxDays = 3650;

    public const int MaxBatchSize = 1000;
}

/// <summary>Refuses a retention policy that would delete too early, never, or contradict itself, when the app starts.</summary>
internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        List<string> failures = [];
        foreach (var (key, days) in new[]
        {
            (nameof(RetentionOptions.NotHiredAnonymiseAfterDays), options.NotHiredAnonymiseAfterDays),
            (nameof(RetentionOptions.DismissedAnonymiseAfterDays), options.DismissedAnonymiseAfterDays),
            (nameof(RetentionOptions.NotProcessedFlagAfterDays), options.NotProcessedFlagAfterDays),
            (nameof(RetentionOptions.NotProcessedAnonymiseAfterDays), options.NotProcessedAnonymiseAfterDays),
        })
        {
            if (days is < 1 or > RetentionOptions.MaxDays)
            {
                failures.Add($"{RetentionOptions.SectionName}:{key} must be between 1 and {RetentionOptions.MaxDays} days; it is {days}.");
            }
        }

        if (options.NotProcessedFlagAfterDays >= options.NotProcessedAnonymiseAfterDays)
        {
            failures.Add($"{RetentionOptions.SectionName}:NotProcessedFlagAfterDays ({options.NotProcessedFlagAfterDays}) must be less than NotProcessedAnonymiseAfterDays ({options.NotProcessedAnonymiseAfterDays}), so HR is warned before the data goes.");
        }

        if (options.SweepInterval < TimeSpan.FromMinutes(1) || options.SweepInterval > TimeSpan.FromDays(1))
        {
            failures.Add($"{RetentionOptions.SectionName}:SweepInterval must be between 00:01:00 and 1.00:00:00; it is {options.SweepInterval}.");
        }

        if (options.BatchSize is < 1 or > RetentionOptions.MaxBatchSize)
        {
            failures.Add($"{RetentionOptions.SectionName}:BatchSize must be between 1 and {RetentionOptions.MaxBatchSize}; it is {options.BatchSize}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
