using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Inventories;

// The audit history, deletes and the lock and audit pages, once per provider (see Data/ProviderTests.cs).

public sealed class SqliteInventoryAuditTests(SqliteFixture fixture) : InventoryAuditTests<SqliteFixture>(fixture);

public sealed class PostgresInventoryAuditTests(PostgresFixture fixture) : InventoryAuditTests<PostgresFixture>(fixture);

public sealed class SqliteLockPageTests(SqliteFixture fixture) : LockPageTests<SqliteFixture>(fixture);

public sealed class PostgresLockPageTests(PostgresFixture fixture) : LockPageTests<PostgresFixture>(fixture);

public sealed class SqliteAuditPageTests(SqliteFixture fixture) : AuditPageTests<SqliteFixture>(fixture);

public sealed class PostgresAuditPageTests(PostgresFixture fixture) : AuditPageTests<PostgresFixture>(fixture);
