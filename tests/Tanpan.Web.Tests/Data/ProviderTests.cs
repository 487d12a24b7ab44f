using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Data;

// Each data test class runs once per provider. The PostgreSQL ones need TANPAN_TEST_PG (set by
// `bash scripts/test`) and fail, not skip, without it.

public sealed class SqliteMigrationTests(SqliteFixture fixture) : MigrationTests<SqliteFixture>(fixture);

public sealed class PostgresMigrationTests(PostgresFixture fixture) : MigrationTests<PostgresFixture>(fixture);

public sealed class SqliteTenancyTests(SqliteFixture fixture) : TenancyTests<SqliteFixture>(fixture);

public sealed class PostgresTenancyTests(PostgresFixture fixture) : TenancyTests<PostgresFixture>(fixture);

public sealed class SqliteAuditTests(SqliteFixture fixture) : AuditTests<SqliteFixture>(fixture);

public sealed class PostgresAuditTests(PostgresFixture fixture) : AuditTests<PostgresFixture>(fixture);

public sealed class SqliteDecimalTests(SqliteFixture fixture) : DecimalTests<SqliteFixture>(fixture);

public sealed class PostgresDecimalTests(PostgresFixture fixture) : DecimalTests<PostgresFixture>(fixture);

public sealed class SqliteConstraintTests(SqliteFixture fixture) : ConstraintTests<SqliteFixture>(fixture);

public sealed class PostgresConstraintTests(PostgresFixture fixture) : ConstraintTests<PostgresFixture>(fixture);

public sealed class SqliteHostingTests(SqliteFixture fixture) : HostingTests<SqliteFixture>(fixture);

public sealed class PostgresHostingTests(PostgresFixture fixture) : HostingTests<PostgresFixture>(fixture);
