using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ProgrammeCases;

public sealed class SqliteCaseOpeningTests(SqliteFixture fixture) : CaseOpeningTests<SqliteFixture>(fixture);

public sealed class PostgresCaseOpeningTests(PostgresFixture fixture) : CaseOpeningTests<PostgresFixture>(fixture);

public sealed class SqliteCaseWorkTests(SqliteFixture fixture) : CaseWorkTests<SqliteFixture>(fixture);

public sealed class PostgresCaseWorkTests(PostgresFixture fixture) : CaseWorkTests<PostgresFixture>(fixture);

public sealed class SqliteCaseVisitTests(SqliteFixture fixture) : CaseVisitTests<SqliteFixture>(fixture);

public sealed class PostgresCaseVisitTests(PostgresFixture fixture) : CaseVisitTests<PostgresFixture>(fixture);

public sealed class SqliteCaseBoardTests(SqliteFixture fixture) : CaseBoardTests<SqliteFixture>(fixture);

public sealed class PostgresCaseBoardTests(PostgresFixture fixture) : CaseBoardTests<PostgresFixture>(fixture);
