using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Pact;

// Each PACT test class runs once per provider, on its own database (see Data/ProviderTests.cs).

public sealed class SqlitePactPublisherTests(SqliteFixture fixture) : PactPublisherTests<SqliteFixture>(fixture);

public sealed class PostgresPactPublisherTests(PostgresFixture fixture) : PactPublisherTests<PostgresFixture>(fixture);

public sealed class SqlitePactApiTests(SqliteFixture fixture) : PactApiTests<SqliteFixture>(fixture);

public sealed class PostgresPactApiTests(PostgresFixture fixture) : PactApiTests<PostgresFixture>(fixture);

public sealed class SqlitePactEventsTests(SqliteFixture fixture) : PactEventsTests<SqliteFixture>(fixture);

public sealed class PostgresPactEventsTests(PostgresFixture fixture) : PactEventsTests<PostgresFixture>(fixture);

public sealed class SqlitePactHttpsTests(SqliteFixture fixture) : PactHttpsTests<SqliteFixture>(fixture);

public sealed class PostgresPactHttpsTests(PostgresFixture fixture) : PactHttpsTests<PostgresFixture>(fixture);

public sealed class SqlitePactPagesTests(SqliteFixture fixture) : PactPagesTests<SqliteFixture>(fixture);

public sealed class PostgresPactPagesTests(PostgresFixture fixture) : PactPagesTests<PostgresFixture>(fixture);
