using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SkyHighBooker.Api.Infrastructure;

/// <summary>
/// <see cref="SqlBatch"/> statements sent on the DbContext's connection and inside its transaction, if one is open, so
/// raw statements and EF's take part in the same unit of work.
/// </summary>
public static class DatabaseBatches
{
    /// <summary>Runs the statements in order; answers how many rows they changed, all together.</summary>
    public static Task<int> ExecuteBatchAsync(this DatabaseFacade database, IEnumerable<NpgsqlBatchCommand> commands, CancellationToken ct) =>
        OnContextConnectionAsync(database, (connection, transaction) => connection.ExecuteBatchAsync(transaction, commands, ct), ct);

    /// <summary>
    /// Runs the statements in order and hands their results to <paramref name="read"/>; a failing statement throws its
    /// <see cref="PostgresException"/> and the ones after it do not run.
    /// </summary>
    public static Task<T> QueryBatchAsync<T>(this DatabaseFacade database, IEnumerable<NpgsqlBatchCommand> commands,
        Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken ct) =>
        OnContextConnectionAsync(database, (connection, transaction) => connection.QueryBatchAsync(transaction, commands, read, ct), ct);

    private static async Task<T> OnContextConnectionAsync<T>(DatabaseFacade database,
        Func<NpgsqlConnection, NpgsqlTransaction?, Task<T>> run, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)database.GetDbConnection();
        var openedHere = connection.State != ConnectionState.Open;
        if (openedHere) await database.OpenConnectionAsync(ct);
        try
        {
            return await run(connection, (NpgsqlTransaction?)database.CurrentTransaction?.GetDbTransaction());
        }
        finally
        {
            if (openedHere) await database.CloseConnectionAsync();
        }
    }
}
