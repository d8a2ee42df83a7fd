using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Administration;

/// <summary>
/// Two administrators can have the same page open. An edit carries the <see cref="IVersioned.Version"/> its page
/// read, and a save based on a stale read is refused and changes nothing, instead of the last save silently winning.
/// The version is checked twice: against the row as loaded (the usual case, a clear refusal at once), and in the
/// UPDATE's WHERE clause, for a write that lands between the load and the save.
/// </summary>
public static class StaleEdits
{
    public static Problem Refusal(IStringLocalizer<CoreText> text) => Problem.Conflict(text["ChangedBySomeoneElse"]);

    public static bool IsStale(IVersioned record, Guid? readVersion) => record.Version != readVersion;

    /// <summary>
    /// Writes the record's row, and so checks its version, when the edit is to rows that belong to it
    /// (an application user's roles, a connection's routing rules).
    /// </summary>
    public static void Touch(IVersioned record) => record.Version = Guid.NewGuid();

    /// <summary>
    /// Runs an administrator's edit in one transaction (<see cref="DatabaseWrites"/>): a <see cref="Problem"/> stores
    /// nothing, and a save that finds the row changed since the edit's read is refused as stale.
    /// </summary>
    public static async Task<Result<T>> WriteAsync<T>(
        IDbContextFactory<HireHubDbContext> dbFactory,
        IStringLocalizer<CoreText> text,
        Func<HireHubDbContext, CancellationToken, Task<Result<T>>> edit,
        CancellationToken ct)
    {
        try
        {
            return await dbFactory.WriteAsync(edit, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refusal(text);
        }
    }
}
