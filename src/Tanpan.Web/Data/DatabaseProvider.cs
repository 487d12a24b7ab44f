namespace Tanpan.Web.Data;

/// <summary>The database engine behind <see cref="AppDbContext"/>: configuration <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary><c>sqlite</c> (default): one file under the app's data folder, for one machine.</summary>
    Sqlite,

    /// <summary><c>postgres</c>: for multi-user production.</summary>
    Postgres,
}
