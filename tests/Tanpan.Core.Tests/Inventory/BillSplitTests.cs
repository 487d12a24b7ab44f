using Tanpan.Core.Inventory;

namespace Tanpan.Core.Tests.Inventory;

/// <summary>A bill crossing 31 December, split by days with both ends of 計費期間 counted (BillSplit).</summary>
public class BillSplitTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Taipower bill 113/12/16–114/01/15, 3,100 度: 31 days; 16 in 2024 → 1,600 度 (Dec), 15 in 2025 → 1,500 度 (Jan).</summary>
    [Fact]
    public void Split_Dec16ToJan15_3100Du_Is16And15DaysOf31()
    {
        var parts = BillSplit.Split(new BillPeriod(D("2024-12-16"), D("2025-01-15")), 3100m);
        parts.Select(p => (p.Year, p.Month, p.Days, p.Amount)).ShouldBe([(2024, 12, 16, 1600m), (2025, 1, 15, 1500m)]);
        parts[0].Bill.Days.ShouldBe(31);
        (parts[0].From, parts[0].To, parts[1].From, parts[1].To).ShouldBe((D("2024-12-16"), D("2024-12-31"), D("2025-01-01"), D("2025-01-15")));
    }

    /// <summary>
    /// 2023-12-20..2024-01-19, 1,000 m³: 12 and 19 of 31 days, exact 387.0967… and 612.9032…; rounded down to thousandths
    /// 387.096 + 612.903 = 999.999, the one thousandth left goes to the larger remainder (0.000774 > 0.000225).
    /// </summary>
    [Fact]
    public void Split_RemainderGoesToTheLargestDroppedFraction()
    {
        var parts = BillSplit.Split(new BillPeriod(D("2023-12-20"), D("2024-01-19")), 1000m);
        parts.Select(p => (p.Days, p.Amount)).ShouldBe([(12, 387.097m), (19, 612.903m)]);
        parts.Sum(p => p.Amount).ShouldBe(1000m);
    }

    /// <summary>Bimonthly bill 2024-12-01..2025-01-31, 1,000 度: 31 + 31 of 62 days → 500 + 500.</summary>
    [Fact]
    public void Split_TwoMonthBill_HalfEach() =>
        BillSplit.Split(new BillPeriod(D("2024-12-01"), D("2025-01-31")), 1000m).Select(p => p.Amount).ShouldBe([500m, 500m]);

    /// <summary>1 kL over 2023-12-31..2025-01-01 (368 days, three years): 1, 366, 1 days → 0.002 + 0.994 + 0.002 + two
    /// thousandths to the two equal largest remainders (0.000717 each) → 0.003, 0.994, 0.003.</summary>
    [Fact]
    public void Split_ThreeYears_TiesShareTheLeftover()
    {
        var parts = BillSplit.Split(new BillPeriod(D("2023-12-31"), D("2025-01-01")), 1m);
        parts.Select(p => (p.Year, p.Days, p.Amount)).ShouldBe([(2023, 1, 0.003m), (2024, 366, 0.994m), (2025, 1, 0.003m)]);
    }

    /// <summary>The bill's own decimals are kept when it has more than three: 100.12345 over 1 + 1 days → 50.06173 / 50.06172.</summary>
    [Fact]
    public void Split_KeepsTheBillsOwnDecimals() =>
        BillSplit.Split(new BillPeriod(D("2024-12-31"), D("2025-01-01")), 100.12345m).Select(p => p.Amount).ShouldBe([50.06173m, 50.06172m]);

    [Fact]
    public void Split_InsideOneYear_IsTheBillItself()
    {
        var part = BillSplit.Split(new BillPeriod(D("2025-01-16"), D("2025-02-15")), 2900m).ShouldHaveSingleItem();
        (part.Year, part.Month, part.Days, part.Amount).ShouldBe((2025, 2, 31, 2900m));
    }

    [Fact]
    public void Split_ReversedPeriod_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => BillSplit.Split(new BillPeriod(D("2025-01-15"), D("2024-12-16")), 1m));

    /// <summary>
    /// Property: for 20,000 random bills (any start 1990–2099, 1–400 days, amounts with 0–6 decimals up to 10⁹) the parts
    /// sum exactly to the bill, each is within one unit of the kept scale of its exact day share, none is negative, the
    /// days add up to the bill's, and every part lies inside its own year, in order.
    /// </summary>
    [Fact]
    public void Split_Property_NeverChangesTheTotal()
    {
        var random = new Random(20241216);
        for (var n = 0; n < 20_000; n++)
        {
            var from = new DateOnly(1990, 1, 1).AddDays(random.Next(0, 40_000));
            var period = new BillPeriod(from, from.AddDays(random.Next(0, 400)));
            var scale = random.Next(0, 7);
            var amount = Math.Round((decimal)random.NextDouble() * 1_000_000_000m, scale);
            var parts = BillSplit.Split(period, amount);

            parts.Sum(p => p.Amount).ShouldBe(amount, $"{period} {amount}");
            parts.Sum(p => p.Days).ShouldBe(period.Days);
            var unit = 1m / (decimal)Math.Pow(10, Math.Max(BillSplit.MinScale, scale));
            foreach (var p in parts)
            {
                p.Amount.ShouldBeGreaterThanOrEqualTo(0m);
                Math.Abs(p.Amount - (amount * p.Days / period.Days)).ShouldBeLessThan(unit, $"{period} {amount} {p}");
                (p.From.Year, p.To.Year, p.Month).ShouldBe((p.Year, p.Year, p.To.Month));
            }

            parts.Select(p => p.Year).ShouldBe(Enumerable.Range(period.From.Year, period.To.Year - period.From.Year + 1));
        }
    }

    [Fact]
    public void Expand_MarksEachPartInItsDataSource()
    {
        var row = new ActivityRow(2, "廠", Tanpan.Core.Sources.SourceType.Electricity, Tanpan.Core.Factors.FactorLibrary.Shipped.Materials.Find("外購電力")!, "外購電力",
            3100m, Tanpan.Core.Units.Units.KilowattHour, "度", 2025, 1)
        { Period = new BillPeriod(D("2024-12-16"), D("2025-01-15")), DataSource = "電費單" };
        var parts = BillSplit.Expand(row);
        parts.Select(r => (r.Year, r.Month, r.Amount, r.DataSource)).ShouldBe(
            [(2024, 12, 1600m, "電費單〔跨年按日分攤 16/31 日〕"), (2025, 1, 1500m, "電費單〔跨年按日分攤 15/31 日〕")]);
        parts.ShouldAllBe(r => r.Part != null && r.Line == 2);
        BillSplit.Expand(row with { Period = new BillPeriod(D("2025-01-16"), D("2025-02-15")) }).ShouldHaveSingleItem().Part.ShouldBeNull();
    }
}
