using System.Data.Common;
using System.Reflection;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Features.Exports;
using HireHub.Tests.Core.Exports;
using HireHub.Tests.Support;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Core.Data;

/// <summary>
/// A unique index refusing a write means "someone else got there first" on both providers: SQL Server says so with
/// errors 2601 and 2627, SQLite with its extended codes 2067 and 1555. Every place that maps the clash (<c>DbErrors</c>)
/// gives both the same answer; the tests use SQL Server's own exception, as the provider would raise it.
/// </summary>
public sealed class UniqueClashTests
{
    [Theory]
    [InlineData(2601, true)]
    [InlineData(2627, true)]
    [InlineData(547, false)]
    [InlineData(1205, false)]
    public void SqlServerError_IsAUniqueClash_OnlyForItsUniqueIndexAndKeyNumbers(int number, bool unique)
    {
        Assert.Equal(unique, new DbUpdateException("Saving failed.", SqlServerError(number)).IsUniqueViolation());
    }

    [Theory]
    [InlineData(2067, true)]
    [InlineData(1555, true)]
    [InlineData(787, false)]
    public void SqliteConstraint_IsAUniqueClash_OnlyForItsUniqueAndPrimaryKeyCodes(int extendedCode, bool unique)
    {
        Assert.Equal(unique, new DbUpdateException("Saving failed.", new SqliteException("constraint failed", 19, extendedCode)).IsUniqueViolation());
    }

    [Fact]
    public async Task Export_WhoseInsertMeetsSqlServersUniqueIndex_IsDecidedAgainOnFreshData_AndStoredOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var clash = new UniqueClashOnce("INSERT INTO \"ExportedCandidates\"");
        await using var db = await TestDatabase.CreateAsync(configureServices: services =>
            services.ConfigureDbContext<SqliteHireHubDbContext>(o => o.AddInterceptors(clash)));
        var connection = await db.Given.DefaultConnectionAsync();
        var source = new ExportSource(connection.Id, connection.DefaultPhoneRegion, new Actor("contoso-ats", "Contoso Careers ATS"));

        var result = await db.Get<ExportService>().ExportAsync(source, Exported.Candidate("LI-CLASH-1"), "clash-key", ct);

        Assert.True(clash.Clashed, "The insert never met the simulated index: the test proved nothing.");
        Assert.Equal(ExportOutcome.Created, result.Value?.Outcome);
        await using var context = db.CreateDbContext();
        Assert.Equal(1, await context.ExportedCandidates.CountAsync(c => c.CandidateId == "LI-CLASH-1", ct));
        Assert.Equal(1, await context.IdempotencyRecords.CountAsync(r => r.Key == "clash-key", ct));
    }

    /// <summary>A <see cref="SqlException"/> with <paramref name="number"/>, built as Microsoft.Data.SqlClient builds one from the server's error.</summary>
    internal static SqlException SqlServerError(int number)
    {
        var errorConstructor = typeof(SqlError).GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).OrderByDescending(c => c.GetParameters().Length).First();
        var error = (SqlError)errorConstructor.Invoke([.. errorConstructor.GetParameters().Select(p => p.Name switch
        {
            "infoNumber" => number,
            "errorMessage" => $"Simulated SQL Server error {number}.",
            _ => p.ParameterType == typeof(string) ? "" : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null,
        })]);
        var errors = (SqlErrorCollection)Activator.CreateInstance(typeof(SqlErrorCollection), nonPublic: true)!;
        typeof(SqlErrorCollection).GetMethod("Add", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethod("CreateException", BindingFlags.Static | BindingFlags.NonPublic, [typeof(SqlErrorCollection), typeof(string)])!;
        var exception = (SqlException)create.Invoke(null, [errors, "16.0"])!;
        Assert.Equal(number, exception.Number);
        return exception;
    }

    /// <summary>Fails the first matching command as SQL Server's unique index would (2627), as if another instance inserted the row first.</summary>
    private sealed class UniqueClashOnce(string sqlContaining) : DbCommandInterceptor
    {
        public bool Clashed { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!Clashed && command.CommandText.Contains(sqlContaining, StringComparison.Ordinal))
            {
                Clashed = true;
                throw SqlServerError(2627);
            }

            return ValueTask.FromResult(result);
        }
    }
}
