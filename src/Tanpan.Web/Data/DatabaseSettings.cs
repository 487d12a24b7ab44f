using Microsoft.Data.Sqlite;

namespace Tanpan.Web.Data;

/// <summary>
/// The provider and connection string, from <c>Database:Provider</c> (<c>sqlite</c> or
/// <c>postgres</c>) and <c>ConnectionStrings:Tanpan</c>. SQLite defaults to
/// <see cref="DefaultSqlitePath"/>; a relative SQLite path is taken from the content root.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/tanpan.db";

    public string ProviderName => Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = ParseProvider(configuration["Database:Provider"]);
        var configured = configuration.GetConnectionString("Tanpan");
        return provider == DatabaseProvider.Sqlite
            ? new(provider, SqliteConnectionString(configured, contentRoot))
            : new(provider, string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException("Database:Provider is postgres but ConnectionStrings:Tanpan is empty.")
                : configured);
    }

    public static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"Database:Provider '{value}' is not known: use 'sqlite' or 'postgres'."),
    };

    /// <summary>Absolute file path (its folder created), foreign keys on.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultSqlitePath}" : configured)
        {
            ForeignKeys = true,
        };
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource is not ("" or ":memory:"))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
