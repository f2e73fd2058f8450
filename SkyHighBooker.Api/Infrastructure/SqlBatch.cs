using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SkyHighBooker.Api.Infrastructure;

/// <summary>
/// Statements that need no answer in between, sent to PostgreSQL in one round trip (an Npgsql batch) on the
/// DbContext's connection and inside its transaction, if one is open. Each round trip costs the Api a socket send and
/// a wake-up, more than the statements themselves (bench/booking-load profiles), so the hot paths send few.
/// </summary>
public static class SqlBatch
{
    /// <summary>
    /// A statement whose interpolated values become parameters ($1, $2, …), as with EF's ExecuteSqlAsync; a
    /// <see cref="SqlFragment"/> is placed in the text as it is.
    /// </summary>
    public static NpgsqlBatchCommand Command(FormattableString sql)
    {
        var command = new NpgsqlBatchCommand();
        var placed = sql.GetArguments().Select(value =>
        {
            if (value is SqlFragment fragment) return fragment.Sql;
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            return (object)$"${command.Parameters.Count}";
        }).ToArray();
        command.CommandText = string.Format(sql.Format, placed);
        return command;
    }

    /// <summary>Runs the statements in order; a failing statement throws its <see cref="PostgresException"/> and the ones after it do not run.</summary>
    public static Task ExecuteBatchAsync(this DatabaseFacade database, IEnumerable<NpgsqlBatchCommand> commands, CancellationToken ct) =>
        database.QueryBatchAsync(commands, (_, _) => Task.FromResult(0), ct);

    /// <summary>
    /// Runs the statements in order and hands their results to <paramref name="read"/>; a failing statement throws its
    /// <see cref="PostgresException"/> and the ones after it do not run.
    /// </summary>
    public static async Task<T> QueryBatchAsync<T>(this DatabaseFacade database, IEnumerable<NpgsqlBatchCommand> commands,
        Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)database.GetDbConnection();
        var openedHere = connection.State != ConnectionState.Open;
        if (openedHere) await database.OpenConnectionAsync(ct);
        try
        {
            await using var batch = new NpgsqlBatch(connection, (NpgsqlTransaction?)database.CurrentTransaction?.GetDbTransaction());
            foreach (var command in commands) batch.BatchCommands.Add(command);
            await using var reader = await batch.ExecuteReaderAsync(ct);
            var result = await read(reader, ct);
            while (await reader.NextResultAsync(ct)) { } // to the end: a later statement's error is thrown here
            return result;
        }
        finally
        {
            if (openedHere) await database.CloseConnectionAsync();
        }
    }
}

/// <summary>SQL text to place into a <see cref="SqlBatch.Command"/> as it is: only ever text written in this code base, never input.</summary>
public sealed record SqlFragment(string Sql);
