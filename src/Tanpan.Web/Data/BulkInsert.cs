using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tanpan.Web.Data;

/// <summary>
/// Inserts many new rows of one entity type without the change tracker: multi-row <c>INSERT … VALUES</c> statements
/// whose parameters come from the model's own type mappings (so a Guid, decimal or enum is stored exactly as EF stores
/// it on SQLite and PostgreSQL), on the context's connection and in its current transaction. It bypasses
/// <c>SaveChanges</c>, hence the tenant stamp, the audit trail and the revision stamp: the caller does those
/// (<c>Features.ActivityImports.ImportCommit</c>).
/// </summary>
internal static class BulkInsert
{
    /// <summary>Parameters per statement, well under SQLite's 32,766 and PostgreSQL's 65,535.</summary>
    private const int MaxParameters = 6000;

    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var properties = type.GetProperties().Select(p => (Getter: p.GetGetter(), Mapping: p.GetRelationalTypeMapping(), p.IsNullable)).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
            + string.Join(", ", type.GetProperties().Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))) + ") VALUES ";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside the caller's transaction.");

        // SQLite looks a named parameter up by a linear scan, so many parameters per statement cost O(n²); one prepared
        // single-row statement executed per row is fastest there. PostgreSQL gains from fewer round trips instead.
        var perStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, MaxParameters / properties.Count);
        DbCommand? command = null;
        var commandRows = 0;
        try
        {
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);
                if (command is null || commandRows != count)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync().ConfigureAwait(false);
                    }

                    (command, commandRows) = (Command(connection, transaction, sql, head, properties, count), count);
                }

                var n = 0;
                for (var i = 0; i < count; i++)
                {
                    foreach (var (getter, mapping, _) in properties)
                    {
                        var value = getter.GetClrValue(rows[start + i]);
                        command.Parameters[n++].Value = (value is null ? null : mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary><c>INSERT … VALUES (…), (…)</c> for <paramref name="count"/> rows, with typed parameters p0, p1 … to fill.</summary>
    private static DbCommand Command(
        DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql, string head,
        List<(IClrPropertyGetter Getter, RelationalTypeMapping Mapping, bool IsNullable)> properties, int count)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder(head);
        var n = 0;
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? "(" : ", (");
            for (var c = 0; c < properties.Count; c++, n++)
            {
                var name = "p" + n.ToString(CultureInfo.InvariantCulture);
                command.Parameters.Add(properties[c].Mapping.CreateParameter(command, sql.GenerateParameterName(name), null, properties[c].IsNullable));
                text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }
}
