using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Data;

/// <summary>
/// Amounts survive the database to the last digit. SQLite keeps decimals as TEXT, so sums are taken
/// in C# after loading, never in SQL.
/// </summary>
public abstract class DecimalTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Theory]
    [InlineData("8967500.123456")]
    [InlineData("0.0000015938")]
    [InlineData("0")]
    [InlineData("-42.5")]
    [InlineData("11295600")]
    [InlineData("999999999999999999.9999999999")]
    public async Task Amount_RoundTrips_Exactly(string text)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var a = await Seed.TenantAsync(fixture, amount);

        await using var db = fixture.CreateContext(a.OrganisationId);
        var stored = (await db.ActivityEntries.SingleAsync()).Amount;

        stored.ShouldBe(amount);
        (stored - amount).ShouldBe(0m);
    }

    [Fact]
    public async Task Amounts_SummedInCSharp_AreExact()
    {
        var a = await Seed.TenantAsync(fixture, 8967500.123456m);
        await using (var db = fixture.CreateContext(a.OrganisationId))
        {
            foreach (var amount in (decimal[])[0.0000015938m, 0.1m, 0.2m, 11295.6m])
            {
                db.ActivityEntries.Add(new ActivityEntry { InventoryYearId = a.InventoryYearId, EmissionSourceId = a.SourceId, Year = 2024, Amount = amount, Unit = "千度" });
            }

            await db.SaveChangesAsync();
        }

        await using var check = fixture.CreateContext(a.OrganisationId);
        var amounts = await check.ActivityEntries.Where(e => e.EmissionSourceId == a.SourceId).Select(e => e.Amount).ToListAsync();

        amounts.Sum().ShouldBe(8978796.0234575938m);
    }

    [Fact]
    public async Task OrganisationMoney_RoundTrips()
    {
        var organisation = Seed.Organisation();
        organisation.CapitalNtd = 123456789012.34m;
        organisation.ExportSharePercent = 37.5m;
        organisation.AnnualOutput = 12000.125m;
        await using (var db = fixture.CreateContext(organisation.Id))
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        await using var check = fixture.CreateContext(organisation.Id);
        var stored = await check.Organisations.SingleAsync();
        stored.CapitalNtd.ShouldBe(123456789012.34m);
        stored.ExportSharePercent.ShouldBe(37.5m);
        stored.AnnualOutput.ShouldBe(12000.125m);
    }
}
