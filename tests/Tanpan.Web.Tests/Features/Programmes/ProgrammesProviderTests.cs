using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Programmes;

public sealed class SqliteProgrammeQueueTests(SqliteFixture fixture) : ProgrammeQueueTests<SqliteFixture>(fixture);

public sealed class PostgresProgrammeQueueTests(PostgresFixture fixture) : ProgrammeQueueTests<PostgresFixture>(fixture);

public sealed class SqliteProgrammePriorityTests(SqliteFixture fixture) : ProgrammePriorityTests<SqliteFixture>(fixture);

public sealed class PostgresProgrammePriorityTests(PostgresFixture fixture) : ProgrammePriorityTests<PostgresFixture>(fixture);

public sealed class SqliteApplicationIntakeTests(SqliteFixture fixture) : ApplicationIntakeTests<SqliteFixture>(fixture);

public sealed class PostgresApplicationIntakeTests(PostgresFixture fixture) : ApplicationIntakeTests<PostgresFixture>(fixture);
