using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Inventories;

// Each inventory test class runs once per provider, on its own database (see Data/ProviderTests.cs).

public sealed class SqliteInventoryFlowTests(SqliteFixture fixture) : InventoryFlowTests<SqliteFixture>(fixture);

public sealed class PostgresInventoryFlowTests(PostgresFixture fixture) : InventoryFlowTests<PostgresFixture>(fixture);

public sealed class SqliteInventoryRulesTests(SqliteFixture fixture) : InventoryRulesTests<SqliteFixture>(fixture);

public sealed class PostgresInventoryRulesTests(PostgresFixture fixture) : InventoryRulesTests<PostgresFixture>(fixture);

public sealed class SqliteInventoryPagesTests(SqliteFixture fixture) : Pages.InventoryPagesTests<SqliteFixture>(fixture);

public sealed class PostgresInventoryPagesTests(PostgresFixture fixture) : Pages.InventoryPagesTests<PostgresFixture>(fixture);

public sealed class SqliteOrganisationPagesTests(SqliteFixture fixture) : Pages.OrganisationPagesTests<SqliteFixture>(fixture);

public sealed class PostgresOrganisationPagesTests(PostgresFixture fixture) : Pages.OrganisationPagesTests<PostgresFixture>(fixture);

public sealed class SqliteSourcePagesTests(SqliteFixture fixture) : Pages.SourcePagesTests<SqliteFixture>(fixture);

public sealed class PostgresSourcePagesTests(PostgresFixture fixture) : Pages.SourcePagesTests<PostgresFixture>(fixture);

public sealed class SqliteReminderAndMonthsTests(SqliteFixture fixture) : ReminderAndMonthsTests<SqliteFixture>(fixture);

public sealed class PostgresReminderAndMonthsTests(PostgresFixture fixture) : ReminderAndMonthsTests<PostgresFixture>(fixture);
public sealed class SqliteResultsPagesTests(SqliteFixture fixture) : ResultsPagesTests<SqliteFixture>(fixture);

public sealed class PostgresResultsPagesTests(PostgresFixture fixture) : ResultsPagesTests<PostgresFixture>(fixture);

public sealed class SqliteResultRowsApiTests(SqliteFixture fixture) : ResultRowsApiTests<SqliteFixture>(fixture);

public sealed class PostgresResultRowsApiTests(PostgresFixture fixture) : ResultRowsApiTests<PostgresFixture>(fixture);

public sealed class SqliteResultsCacheTests(SqliteFixture fixture) : ResultsCacheTests<SqliteFixture>(fixture);

public sealed class PostgresResultsCacheTests(PostgresFixture fixture) : ResultsCacheTests<PostgresFixture>(fixture);

public sealed class SqliteDocumentsTests(SqliteFixture fixture) : DocumentsTests<SqliteFixture>(fixture);

public sealed class PostgresDocumentsTests(PostgresFixture fixture) : DocumentsTests<PostgresFixture>(fixture);

public sealed class SqliteMoneyEstimateTests(SqliteFixture fixture) : MoneyEstimateTests<SqliteFixture>(fixture);

public sealed class PostgresMoneyEstimateTests(PostgresFixture fixture) : MoneyEstimateTests<PostgresFixture>(fixture);

public sealed class SqliteRecalculationTests(SqliteFixture fixture) : RecalculationTests<SqliteFixture>(fixture);

public sealed class PostgresRecalculationTests(PostgresFixture fixture) : RecalculationTests<PostgresFixture>(fixture);

public sealed class SqlitePageNotFoundTests(SqliteFixture fixture) : PageNotFoundTests<SqliteFixture>(fixture);

public sealed class PostgresPageNotFoundTests(PostgresFixture fixture) : PageNotFoundTests<PostgresFixture>(fixture);
