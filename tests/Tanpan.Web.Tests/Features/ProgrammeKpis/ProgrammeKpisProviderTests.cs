using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ProgrammeKpis;

public sealed class SqliteProgrammeKpiTests(SqliteFixture fixture) : ProgrammeKpiTests<SqliteFixture>(fixture);

public sealed class PostgresProgrammeKpiTests(PostgresFixture fixture) : ProgrammeKpiTests<PostgresFixture>(fixture);
