using System.Runtime.CompilerServices;
using Npgsql;

namespace SkyHighBooker.Schema;

/// <summary>
/// The one way raw SQL is written in the Api and the Worker: an interpolated string whose values become parameters
/// ($1, $2, …), as with EF's ExecuteSqlAsync, so input is never text; statuses and kinds are interpolated from the
/// constants here, never spelt as literals. Statements that need no answer in between go to PostgreSQL in one round
/// trip (an Npgsql batch): each round trip costs the Api a socket send and a wake-up, more than the statements
/// themselves (bench/booking-load profiles), so the hot paths send few.
/// One clock: every instant a statement writes or compares with is the app's <see cref="TimeProvider"/>, passed as a
/// parameter like any other value; SQL's now() is left only as the default of creation stamps that nothing compares.
/// </summary>
public static class SqlBatch
{
    /// <summary>
    /// A statement whose interpolated values become parameters; a <see cref="SqlFragment"/> is placed in the text as it
    /// is, a nested <see cref="FormattableString"/> (a part of a statement written elsewhere) is placed with its own
    /// values made parameters of this statement, and an <see cref="NpgsqlParameter"/> (one that needs its type given, such
    /// as a null) is used as it is.
    /// </summary>
    public static NpgsqlBatchCommand Command(FormattableString sql)
    {
        var command = new NpgsqlBatchCommand();
        command.CommandText = Place(sql, command.Parameters);
        return command;
    }

    private static string Place(FormattableString sql, NpgsqlParameterCollection parameters) =>
        string.Format(sql.Format, sql.GetArguments().Select(value => value switch
        {
            SqlFragment fragment => fragment.Sql,
            FormattableString part => Place(part, parameters),
            NpgsqlParameter typed => Parameter(typed, parameters),
            _ => Parameter(new NpgsqlParameter { Value = value ?? DBNull.Value }, parameters),
        }).ToArray());

    private static string Parameter(NpgsqlParameter parameter, NpgsqlParameterCollection parameters)
    {
        parameters.Add(parameter);
        return $"${parameters.Count}";
    }

    /// <summary>A part of a statement that adds nothing: the other side of an optional clause.</summary>
    public static readonly FormattableString Nothing = FormattableStringFactory.Create("");

    /// <summary>
    /// Runs the statements in order on an open connection and hands their results to <paramref name="read"/>; a failing
    /// statement throws its <see cref="PostgresException"/> and the ones after it do not run.
    /// </summary>
    public static async Task<T> QueryBatchAsync<T>(this NpgsqlConnection connection, NpgsqlTransaction? transaction,
        IEnumerable<NpgsqlBatchCommand> commands, Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in commands) batch.BatchCommands.Add(command);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var result = await read(reader, ct);
        while (await reader.NextResultAsync(ct)) { } // to the end: a later statement's error is thrown here
        return result;
    }

    /// <summary>Runs the statements in order on a connection of its own (see <see cref="QueryBatchAsync{T}(NpgsqlConnection, NpgsqlTransaction?, IEnumerable{NpgsqlBatchCommand}, Func{NpgsqlDataReader, CancellationToken, Task{T}}, CancellationToken)"/>).</summary>
    public static async Task<T> QueryBatchAsync<T>(this NpgsqlDataSource database, IEnumerable<NpgsqlBatchCommand> commands,
        Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await connection.QueryBatchAsync(null, commands, read, ct);
    }

    /// <summary>Runs the statements in order on an open connection; answers how many rows they changed, all together.</summary>
    public static async Task<int> ExecuteBatchAsync(this NpgsqlConnection connection, NpgsqlTransaction? transaction,
        IEnumerable<NpgsqlBatchCommand> commands, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in commands) batch.BatchCommands.Add(command);
        return await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Runs the statements in order on a connection of its own; answers how many rows they changed, all together.</summary>
    public static async Task<int> ExecuteBatchAsync(this NpgsqlDataSource database, IEnumerable<NpgsqlBatchCommand> commands, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await connection.ExecuteBatchAsync(null, commands, ct);
    }
}

/// <summary>SQL text to place into a <see cref="SqlBatch.Command"/> as it is: only ever text written in this code base, never input.</summary>
public sealed record SqlFragment(string Sql);
