using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Plans;

// Each plans test class runs once per provider, on its own database (see Data/ProviderTests.cs).

public sealed class SqlitePlansApiTests(SqliteFixture fixture) : PlansApiTests<SqliteFixture>(fixture);

public sealed class PostgresPlansApiTests(PostgresFixture fixture) : PlansApiTests<PostgresFixture>(fixture);

public sealed class SqliteTargetsApiTests(SqliteFixture fixture) : TargetsApiTests<SqliteFixture>(fixture);

public sealed class PostgresTargetsApiTests(PostgresFixture fixture) : TargetsApiTests<PostgresFixture>(fixture);

public sealed class SqlitePlanPagesTests(SqliteFixture fixture) : PlanPagesTests<SqliteFixture>(fixture);

public sealed class PostgresPlanPagesTests(PostgresFixture fixture) : PlanPagesTests<PostgresFixture>(fixture);
