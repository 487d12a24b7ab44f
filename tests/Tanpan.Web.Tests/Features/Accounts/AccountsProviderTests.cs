using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

// Each accounts test class runs once per provider, on its own database (see Data/ProviderTests.cs).

public sealed class SqliteSetupTests(SqliteFixture fixture) : SetupTests<SqliteFixture>(fixture);

public sealed class PostgresSetupTests(PostgresFixture fixture) : SetupTests<PostgresFixture>(fixture);

public sealed class SqliteSessionTests(SqliteFixture fixture) : SessionTests<SqliteFixture>(fixture);

public sealed class PostgresSessionTests(PostgresFixture fixture) : SessionTests<PostgresFixture>(fixture);

public sealed class SqliteOrganisationTests(SqliteFixture fixture) : OrganisationTests<SqliteFixture>(fixture);

public sealed class PostgresOrganisationTests(PostgresFixture fixture) : OrganisationTests<PostgresFixture>(fixture);

public sealed class SqliteTokenTests(SqliteFixture fixture) : TokenTests<SqliteFixture>(fixture);

public sealed class PostgresTokenTests(PostgresFixture fixture) : TokenTests<PostgresFixture>(fixture);

public sealed class SqliteIsolationTests(SqliteFixture fixture) : IsolationTests<SqliteFixture>(fixture);

public sealed class PostgresIsolationTests(PostgresFixture fixture) : IsolationTests<PostgresFixture>(fixture);
