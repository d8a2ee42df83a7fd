using System.Data.Common;
using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HireHub.Benchmarks.Hosting;

/// <summary>
/// A hand-written <c>INSERT</c> of <typeparamref name="T"/> rows whose columns and value conversions come from the app's
/// EF model, so the ceilings store exactly the bytes the app stores, into the app's table or another with the same
/// columns (the lean ceiling's table, a staging table). What the export ceilings time: no EF, no
/// change tracking, just prepared statements through Microsoft.Data.Sqlite. One row per statement: Microsoft.Data.Sqlite
/// looks each parameter up by name in its statement on every execution, so binding a statement of many rows costs time
/// growing with the square of its parameters.
/// </summary>
internal sealed class ModelInsert<T>
    where T : class
{
    private readonly (IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)[] columns;
    private readonly string head;

    public ModelInsert(HireHubDbContext db, string? table = null)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // A database-generated key (an INTEGER PRIMARY KEY) is left to SQLite, as the app leaves it.
        columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never || p.ClrType != typeof(long))
            .Select(p => (p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.GetGetter()))
            .ToArray();
        ColumnList = string.Join(", ", columns.Select(c => $"\"{c.Property.GetColumnName(store)}\""));
        head = $"INSERT INTO \"{table ?? store.Name}\" ({ColumnList}) VALUES ";
    }

    /// <summary>The inserted columns, quoted and comma-separated, for statements that copy rows between tables.</summary>
    public string ColumnList { get; }

    public int Columns => columns.Length;

    /// <summary>A prepared command inserting one row per execution.</summary>
    public DbCommand Prepare(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = head + $"({string.Join(", ", columns.Select((_, c) => $"@p{c}"))})";
        for (var c = 0; c < columns.Length; c++)
        {
            var (property, mapping, _) = columns[c];
            command.Parameters.Add(mapping.CreateParameter(command, $"@p{c}", null, property.IsNullable));
        }

        command.Prepare();
        return command;
    }

    /// <summary>Sets the values of <paramref name="row"/> and runs the command.</summary>
    public void Execute(DbCommand command, T row)
    {
        for (var c = 0; c < columns.Length; c++)
        {
            var (_, mapping, getter) = columns[c];
            var value = getter.GetClrValueUsingContainingEntity(row);
            var converter = mapping.Converter;
            command.Parameters[c].Value = (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
