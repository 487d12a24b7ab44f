using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.FollowUps;

public sealed class SqliteFollowUpReminderTests(SqliteFixture fixture) : FollowUpReminderTests<SqliteFixture>(fixture);

public sealed class PostgresFollowUpReminderTests(PostgresFixture fixture) : FollowUpReminderTests<PostgresFixture>(fixture);

public sealed class SqliteFollowUpFormTests(SqliteFixture fixture) : FollowUpFormTests<SqliteFixture>(fixture);

public sealed class PostgresFollowUpFormTests(PostgresFixture fixture) : FollowUpFormTests<PostgresFixture>(fixture);
