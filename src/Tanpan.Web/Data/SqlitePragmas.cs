using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tanpan.Web.Data;

/// <summary>
/// Runs once per physical SQLite connection: write-ahead logging, so readers never block the writer, and
/// synchronous=NORMAL, the setting SQLite recommends with WAL (a power cut may lose the last commits,
/// never consistency). EF Core opens and closes the connection around every query and the pool hands back the same
/// native handle, so the pragmas are not run again for a handle that already has them (the settings live as long as
/// the handle; journal_mode=WAL is even stored in the file).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Sql = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";

    /// <summary>Native handles that have run <see cref="Sql"/>; weak, so a handle the pool closes is forgotten.</summary>
    private readonly ConditionalWeakTable<object, object> _done = [];

    private static readonly object Seen = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection, out var handle))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
        Remember(handle);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection, out var handle))
        {
            return;
        }

        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        Remember(handle);
    }

    private bool NeedsPragmas(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || !_done.TryGetValue(handle, out _);
    }

    private void Remember(object? handle)
    {
        if (handle is not null)
        {
            _done.AddOrUpdate(handle, Seen);
        }
    }
}
