using HireHub.Core.Common;
using Microsoft.Data.Sqlite;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// The waiting candidates' phone numbers the benchmark stored raw (not E.164), so H can rewrite them as an export
/// through the API would have stored them (E.164, or none when unreadable) and then put every one back as it was,
/// leaving the data the later measurements use unchanged.
/// </summary>
internal sealed class RawPhones(string connectionString, IReadOnlyList<(string Id, string Phone)> phones)
{
    public int Count => phones.Count;

    public static async Task<RawPhones> ReadAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Phone FROM ExportedCandidates WHERE Status = 'NotProcessed' AND Phone IS NOT NULL AND Phone NOT LIKE '+%'";
        var phones = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            phones.Add((reader.GetString(0), reader.GetString(1)));
        }

        return new RawPhones(connectionString, phones);
    }

    public void Normalise() => Write(p => PhoneNumberFormat.NormalizeOrNull(p.Phone));

    public void Restore() => Write(p => p.Phone);

    private void Write(Func<(string Id, string Phone), string?> value)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE ExportedCandidates SET Phone = $phone WHERE Id = $id";
        var phone = command.Parameters.Add("$phone", SqliteType.Text);
        var id = command.Parameters.Add("$id", SqliteType.Text);
        command.Prepare();
        foreach (var row in phones)
        {
            phone.Value = (object?)value(row) ?? DBNull.Value;
            id.Value = row.Id;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
