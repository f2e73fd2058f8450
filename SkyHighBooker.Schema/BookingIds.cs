using System.Data;
using Npgsql;

namespace SkyHighBooker.Schema;

public static class BookingIds
{
    /// <summary>Reads a result of booking ids (an id column) to its end.</summary>
    public static async Task<Guid[]> ReadAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var ids = new List<Guid>();
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid("id"));
        return [.. ids];
    }
}
