using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Pact;

// Each PACT test class runs once per provider, on its own database (see Data/ProviderTests.cs).

public sealed class SqlitePactPublisherTests(SqliteFixture fixture) : PactPublisherTests<SqliteFixture>(fixture);

public sealed class PostgresPactPublisherTests(PostgresFixture fixture) : PactPublisherTests<PostgresFixture>(fixture);
