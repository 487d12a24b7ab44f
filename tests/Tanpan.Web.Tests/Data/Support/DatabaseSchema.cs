using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Tanpan.Web.Data;

namespace Tanpan.Web.Tests.Data.Support;

/// <summary>
/// Tables, columns, indexes and foreign keys in one comparable shape, read either from the EF model
/// or from a live database (SQLite pragmas, PostgreSQL catalogs). Unique constraints count as unique
/// indexes. Index names are kept where the database keeps them: SQLite names a unique constraint's
/// index itself (<c>sqlite_autoindex_…</c>), so there only the columns are compared.
/// </summary>
public sealed record DatabaseSchema(IReadOnlyDictionary<string, TableShape> Tables)
{
    /// <summary>Tables EF itself creates: the migration history and (SQLite) the migration lock.</summary>
    public static readonly string[] MigrationTables = ["__EFMigrationsHistory", "__EFMigrationsLock"];

    public static DatabaseSchema FromModel(IModel model)
    {
        var tables = new Dictionary<string, TableShape>();
        foreach (var table in model.GetRelationalModel().Tables)
        {
            var columns = table.Columns.ToDictionary(c => c.Name, c => new ColumnShape(c.StoreType, c.IsNullable));
            var indexes = table.Indexes.Select(i => new IndexShape(i.Name, Join(i.Columns.Select(c => c.Name)), i.IsUnique))
                .Concat(table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()).Select(u => new IndexShape(u.Name, Join(u.Columns.Select(c => c.Name)), true)));
            var foreignKeys = table.ForeignKeyConstraints.Select(f => new ForeignKeyShape(
                Join(f.Columns.Select(c => c.Name)), f.PrincipalTable.Name, Join(f.PrincipalColumns.Select(c => c.Name)), Action(f.OnDeleteAction)));
            tables.Add(table.Name, new TableShape(columns, [.. indexes], [.. foreignKeys]));
        }

        return new(tables);
    }

    public static async Task<DatabaseSchema> ReadAsync(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return db.Database.IsSqlite() ? await ReadSqliteAsync(connection) : await ReadPostgresAsync(connection);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<DatabaseSchema> ReadSqliteAsync(DbConnection connection)
    {
        var tables = new Dictionary<string, TableShape>();
        var names = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        foreach (var name in names)
        {
            var columns = (await QueryAsync(connection, $"SELECT name, type, \"notnull\" FROM pragma_table_info('{name}')",
                r => (Name: r.GetString(0), Column: new ColumnShape(r.GetString(1), r.GetInt64(2) == 0)))).ToDictionary(c => c.Name, c => c.Column);
            var indexes = await QueryAsync(connection,
                $"""
                SELECT l.name, l."unique", l.origin, (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(l.name) ORDER BY seqno))
                FROM pragma_index_list('{name}') l WHERE l.origin <> 'pk'
                """,
                r => new IndexShape(r.GetString(2) == "c" ? r.GetString(0) : null, r.GetString(3), r.GetInt64(1) == 1));
            var foreignKeys = await QueryAsync(connection,
                $"""
                SELECT group_concat("from", ','), "table", group_concat("to", ','), on_delete
                FROM (SELECT * FROM pragma_foreign_key_list('{name}') ORDER BY id, seq) GROUP BY id
                """,
                r => new ForeignKeyShape(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));
            tables.Add(name, new TableShape(columns, indexes, foreignKeys));
        }

        return new(tables);
    }

    private static async Task<DatabaseSchema> ReadPostgresAsync(DbConnection connection)
    {
        const string Columns = """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            """;
        const string Indexes = """
            SELECT t.relname, i.relname, ix.indisunique,
                (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
            FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND NOT ix.indisprimary
            """;
        const string ForeignKeys = """
            SELECT cl.relname, pcl.relname,
                (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum),
                (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum),
                con.confdeltype::text
            FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_class pcl ON pcl.oid = con.confrelid
            JOIN pg_namespace n ON n.oid = cl.relnamespace
            WHERE con.contype = 'f' AND n.nspname = 'public'
            """;
        var columns = await QueryAsync(connection, Columns, r => (Table: r.GetString(0), Name: r.GetString(1), Column: new ColumnShape(r.GetString(2), r.GetBoolean(3))));
        var indexes = await QueryAsync(connection, Indexes, r => (Table: r.GetString(0), Index: new IndexShape(r.GetString(1), r.GetString(3), r.GetBoolean(2))));
        var foreignKeys = await QueryAsync(connection, ForeignKeys, r => (Table: r.GetString(0),
            Key: new ForeignKeyShape(r.GetString(2), r.GetString(1), r.GetString(3), PostgresAction(r.GetString(4)))));
        return new(columns.GroupBy(c => c.Table).ToDictionary(
            g => g.Key,
            g => new TableShape(
                g.ToDictionary(c => c.Name, c => c.Column),
                [.. indexes.Where(i => i.Table == g.Key).Select(i => i.Index)],
                [.. foreignKeys.Where(f => f.Table == g.Key).Select(f => f.Key)])));
    }

    private static string Join(IEnumerable<string> names) => string.Join(',', names);

    private static string Action(ReferentialAction action) => action switch
    {
        ReferentialAction.Cascade => "CASCADE",
        ReferentialAction.Restrict => "RESTRICT",
        ReferentialAction.SetNull => "SET NULL",
        ReferentialAction.SetDefault => "SET DEFAULT",
        _ => "NO ACTION",
    };

    private static string PostgresAction(string code) => code switch
    {
        "c" => "CASCADE",
        "r" => "RESTRICT",
        "n" => "SET NULL",
        "d" => "SET DEFAULT",
        _ => "NO ACTION",
    };

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Table names come from the database's own catalog, not from input.
        command.CommandText = sql;
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}

public sealed record TableShape(IReadOnlyDictionary<string, ColumnShape> Columns, IReadOnlyList<IndexShape> Indexes, IReadOnlyList<ForeignKeyShape> ForeignKeys);

public sealed record ColumnShape(string StoreType, bool IsNullable);

/// <summary>An index or unique constraint; <see cref="Name"/> is null where the database chose it.</summary>
public sealed record IndexShape(string? Name, string Columns, bool IsUnique);

public sealed record ForeignKeyShape(string Columns, string PrincipalTable, string PrincipalColumns, string OnDelete);
