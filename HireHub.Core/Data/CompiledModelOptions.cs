using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HireHub.Core.Data;

/// <summary>
/// The app's contexts run on the model <c>dotnet ef dbcontext optimize</c> generated into <c>Data/CompiledModels</c>
/// (one per provider) instead of building it from <c>OnModelCreating</c> on every start: about half a second of a
/// cold start (docs/PERFORMANCE.md, P7). Regenerate both with every model change (README, "Changing the model");
/// <c>CompiledModelTests</c> fail until they match. Migrate would otherwise build the model anyway, to compare it with
/// the last migration for a change that lacks one; CI runs that check instead (<c>has-pending-model-changes</c> in
/// scripts/test.sh), so its warning, and the model build behind it, are switched off here.
/// </summary>
internal static class CompiledModelOptions
{
    public static DbContextOptionsBuilder UseCompiledModel(this DbContextOptionsBuilder options, IModel model) =>
        options.UseModel(model).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
