using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Meters;

// Each meters test class runs once per provider, on its own database (see Data/ProviderTests.cs).

public sealed class SqliteMeterIngestTests(SqliteFixture fixture) : MeterIngestTests<SqliteFixture>(fixture);

public sealed class PostgresMeterIngestTests(PostgresFixture fixture) : MeterIngestTests<PostgresFixture>(fixture);

public sealed class SqliteMeterPagesTests(SqliteFixture fixture) : MeterPagesTests<SqliteFixture>(fixture);

public sealed class PostgresMeterPagesTests(PostgresFixture fixture) : MeterPagesTests<PostgresFixture>(fixture);

public sealed class SqliteDurabilityTests(SqliteFixture fixture) : DurabilityTests<SqliteFixture>(fixture);

public sealed class PostgresDurabilityTests(PostgresFixture fixture) : DurabilityTests<PostgresFixture>(fixture);

public sealed class SqliteDayProfileTests(SqliteFixture fixture) : DayProfileTests<SqliteFixture>(fixture);

public sealed class PostgresDayProfileTests(PostgresFixture fixture) : DayProfileTests<PostgresFixture>(fixture)
{
    // Only PostgreSQL writes batches concurrently (SQLite's batches take turns in SqliteWriteGate).
    [Fact]
    public Task ReadingCommittedByAnotherBatchDuringTheCopy_TheBatchTakesTheGeneralPath() => ConcurrentCommitDuringCopyAsync();
}
