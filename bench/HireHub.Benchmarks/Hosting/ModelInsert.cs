using System.Data.Common;
using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HireHub.Benchmarks.Hosting;

/// <summary>
/// A hand-written <c>INSERT</c> of <typeparamref name="T"/> rows, several rows per statement, whose columns and value
/// conversions come from the app's EF model, so the ceilings store exactly the bytes the app stores. What the export
/// ceilings time: no EF, no change tracking, just prepared statements through Microsoft.Data.Sqlite.
/// </summary>
internal sealed class ModelInsert<T>
    where T : class
{
    private readonly (IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)[] columns;
    private readonly string head;

    public ModelInsert(HireHubDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // A database-generated key (an INTEGER PRIMARY KEY) is left to SQLite, as the app leaves it.
        columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never || p.ClrType != typeof(long))
            .Select(p => (p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.GetGetter()))
            .ToArray();
        head = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Property.GetColumnName(table)}\""))}) VALUES ";
    }

    public int Columns => columns.Length;

    /// <summary>A prepared command inserting <paramref name="rows"/> rows per execution.</summary>
    public DbCommand Prepare(DbConnection connection, int rows)
    {
        var command = connection.CreateCommand();
        command.CommandText = head + string.Join(", ", Enumerable.Range(0, rows).Select(r => $"({string.Join(", ", columns.Select((_, c) => $"@p{r}_{c}"))})"));
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var (property, mapping, _) = columns[c];
                command.Parameters.Add(mapping.CreateParameter(command, $"@p{r}_{c}", null, property.IsNullable));
            }
        }

        command.Prepare();
        return command;
    }

    /// <summary>Sets the values of <paramref name="rows"/> (as many as the command was prepared for) and runs it.</summary>
    public void Execute(DbCommand command, IReadOnlyList<T> rows, int offset = 0)
    {
        var perRow = columns.Length;
        var count = command.Parameters.Count / perRow;
        for (var r = 0; r < count; r++)
        {
            var row = rows[offset + r];
            for (var c = 0; c < perRow; c++)
            {
                var (_, mapping, getter) = columns[c];
                var value = getter.GetClrValueUsingContainingEntity(row);
                var converter = mapping.Converter;
                command.Parameters[(r * perRow) + c].Value = (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }
        }

        command.ExecuteNonQuery();
    }
}
