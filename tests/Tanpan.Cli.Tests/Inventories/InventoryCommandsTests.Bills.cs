namespace Tanpan.Cli.Tests.Inventories;

public sealed partial class InventoryCommandsTests
{
    /// <summary>
    /// Taipower bill 計費期間 113/12/16–114/01/15, 3,100 度 (both days counted: 31 days): 16 days → 1,600 度 in 2024
    /// (grid 0.474 → 0.7584 t), 15 days → 1,500 度 in 2025 (grid 0.466 → 0.699 t); each part is traced as an estimate.
    /// </summary>
    [Fact]
    public void Calc_BillAcrossNewYear_IsSplitByDaysWithEachYearsGridFactor()
    {
        var file = _dir.Write("bills.csv",
            "廠區,排放型式,原燃物料,活動數據,單位,年度,計費期間起,計費期間迄,資訊取得方式\n" +
            "一廠,外購電力,台電,\"3,100\",度,,113/12/16,114/01/15,電費單\n");
        var json = Calc(file, "--json").Json();

        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => (r.GetProperty("year").GetInt32(), r.GetProperty("month").GetInt32(), Number(r.GetProperty("trace"), "input_amount"), Number(r, "t_co2e")))
            .ShouldBe([(2024, 12, 1600m, 0.7584m), (2025, 1, 1500m, 0.699m)]);
        foreach (var r in rows)
        {
            var trace = r.GetProperty("trace");
            trace.GetProperty("estimate").GetBoolean().ShouldBeTrue();
            (trace.GetProperty("bill_from").GetString(), trace.GetProperty("bill_to").GetString(), trace.GetProperty("bill_days").GetInt32())
                .ShouldBe(("2024-12-16", "2025-01-15", 31));
            Number(trace, "bill_amount").ShouldBe(3100m);
            r.GetProperty("data_source").GetString()!.ShouldStartWith("電費單〔跨年按日分攤");
        }

        Number(json, "total_t_co2e").ShouldBe(1.4574m);
    }

    [Fact]
    public void Calc_BillPeriodBackwards_IsRefused()
    {
        var file = _dir.Write("bills.csv",
            "facility,source_type,material,activity,unit,year,period_from,period_to\n" +
            "一廠,electricity,台電,100,度,,2025-01-15,2024-12-16\n");
        ShouldBeRefused(Calc(file), file, (2, "period_to", "must not end before it starts"));
    }
}
