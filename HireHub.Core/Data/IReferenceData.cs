namespace HireHub.Core.Data;

/// <summary>
/// Rows a feature needs in every database, whatever the environment (the personnel number sequence, say), put in place
/// by <see cref="DatabaseInitializer"/> at each start-up once the migrations ran. The feature registers its own, so
/// Data knows no feature. Running twice, or on two instances at once, must leave one correct row.
/// </summary>
public interface IReferenceData
{
    Task EnsureAsync(HireHubDbContext db, CancellationToken ct);
}
