using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.FirstAnswer;

// Each first-answer test class runs once per provider, on its own database (see Data/ProviderTests.cs).

public sealed class SqliteFirstAnswerTests(SqliteFixture fixture) : FirstAnswerTests<SqliteFixture>(fixture);

public sealed class PostgresFirstAnswerTests(PostgresFixture fixture) : FirstAnswerTests<PostgresFixture>(fixture);

public sealed class SqliteFirstAnswerRulesTests(SqliteFixture fixture) : FirstAnswerRulesTests<SqliteFixture>(fixture);

public sealed class PostgresFirstAnswerRulesTests(PostgresFixture fixture) : FirstAnswerRulesTests<PostgresFixture>(fixture);
