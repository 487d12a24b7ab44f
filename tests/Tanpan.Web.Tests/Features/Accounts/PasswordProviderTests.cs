using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

// Password change and the two races, once per provider (see Data/ProviderTests.cs).

public sealed class SqlitePasswordTests(SqliteFixture fixture) : PasswordTests<SqliteFixture>(fixture);

public sealed class PostgresPasswordTests(PostgresFixture fixture) : PasswordTests<PostgresFixture>(fixture);

public sealed class SqliteRaceTests(SqliteFixture fixture) : RaceTests<SqliteFixture>(fixture);

public sealed class PostgresRaceTests(PostgresFixture fixture) : RaceTests<PostgresFixture>(fixture);

public sealed class SqlitePasswordPageTests(SqliteFixture fixture) : PasswordPageTests<SqliteFixture>(fixture);

public sealed class PostgresPasswordPageTests(PostgresFixture fixture) : PasswordPageTests<PostgresFixture>(fixture);
