using Microsoft.Extensions.DependencyInjection;
using Tanpan.Core.CarbonFee;
using Tanpan.Web.Features.Planning;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Planning;

/// <summary>The fee per year that plans use for "with and without the plan".</summary>
public abstract class CarbonFeeOutlookServiceTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Outlook_YearsOfTonnes_FeePerYearInYearOrderAndAnUncoveredYearReported()
    {
        await using var app = AccountsApp.Shared(fixture);
        using var scope = app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<CarbonFeeOutlookService>();

        var outlook = service.Outlook(new Dictionary<int, decimal> { [2026] = 59_882m, [2025] = 30_000m, [2024] = 30_000m }, CarbonFeeRate.General, false);

        outlook.Years.Select(y => y.Year).ShouldBe([2024, 2025, 2026]);
        outlook.Years[0].FeeNtd.ShouldBeNull();
        outlook.Years[0].Outcome.Problems.ShouldHaveSingleItem().Column.ShouldBe("year");
        (outlook.Years[1].ChargeableT, outlook.Years[1].FeeNtd).ShouldBe((5_000m, 1_500_000m));
        outlook.Years[2].FeeNtd.ShouldBe(10_464_600m); // seed 000's copper-foil plant 1
        outlook.TotalFeeNtd.ShouldBe(11_964_600m);
    }

    [Fact]
    public async Task Outlook_RateAHighLeakageAndOffsets_EachYearUsesItsPeriodAndTheCap()
    {
        await using var app = AccountsApp.Shared(fixture);
        using var scope = app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<CarbonFeeOutlookService>();

        var outlook = service.Outlook(new Dictionary<int, decimal> { [2027] = 100_000m }, CarbonFeeRate.A, true, offsetsTPerYear: 10_000m);

        var year = outlook.Years.ShouldHaveSingleItem().Outcome.Estimate!;
        (year.ChargeableT, year.AdjustmentFactor, year.OffsetsAppliedT).ShouldBe((40_000m, 0.4m, 4_000m)); // cap 10 % of 40,000 t
        year.Fee.BaseValue.ShouldBe(36_000m * 50m);
    }
}

public sealed class SqliteCarbonFeeOutlookServiceTests(SqliteFixture fixture) : CarbonFeeOutlookServiceTests<SqliteFixture>(fixture);

public sealed class PostgresCarbonFeeOutlookServiceTests(PostgresFixture fixture) : CarbonFeeOutlookServiceTests<PostgresFixture>(fixture);
