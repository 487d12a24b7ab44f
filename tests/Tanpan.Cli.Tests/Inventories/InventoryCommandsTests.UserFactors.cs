using System.Text.Json;

namespace Tanpan.Cli.Tests.Inventories;

public sealed partial class InventoryCommandsTests
{
    private const string FactorHeader = "material,source_type,unit,co2_kg,ch4_kg,n2o_kg,co2e_kg,year,origin,source";
    private const string SteamRow = "一廠,steam,外購蒸汽,1200,公噸,2021,汽電共生";

    [Fact]
    public void Calc_SteamWithoutSupplierFactor_IsRefused()
    {
        var path = ActivityCsv(SteamRow);

        ShouldBeRefused(Calc(path), path, (2, "material", "purchased steam has no national factor"));
    }

    [Fact]
    public void Calc_SteamWithSupplierFactor_Computes()
    {
        var path = ActivityCsv(SteamRow);
        var factors = UserFactorCsv("外購蒸汽,steam,公噸,,,,185.2,2021,supplier,汽電共生廠 2021 證明 No. 110-045");

        var row = Calc(path, "--factors", factors, "--json").Json().GetProperty("rows").EnumerateArray().ShouldHaveSingleItem();

        Number(row, "t_co2e").ShouldBe(222.24m);
        var trace = row.GetProperty("trace");
        trace.GetProperty("factor_id").GetString().ShouldBe("user/1/steam/steam/2021");
        trace.GetProperty("factor_set").GetString().ShouldBe("user");
        trace.GetProperty("factor_origin").GetString().ShouldBe("supplier");
        trace.GetProperty("factor_source").GetString().ShouldBe("汽電共生廠 2021 證明 No. 110-045");
        trace.GetProperty("factor_is_co2e").GetBoolean().ShouldBeTrue();
        trace.GetProperty("gases").EnumerateArray().ShouldHaveSingleItem().GetProperty("gwp").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData(null, "moenv-6.0.4/diesel/stationary", "shipped", 2.606031792)]
    [InlineData("柴油,stationary,公升,2.5,,,,,supplier,供應商油品分析", "user/1/diesel/stationary", "supplier", 2.5)]
    [InlineData("柴油,stationary,公升,2.5,,,,,supplier,供應商油品分析\n柴油,stationary,公升,2.7,,,,,self_measured,自廠質量平衡", "user/2/diesel/stationary", "self_measured", 2.7)]
    [InlineData("柴油,stationary,公升,2.7,,,,,self_measured,自廠質量平衡\n柴油,stationary,公升,2.5,,,,,supplier,供應商油品分析", "user/1/diesel/stationary", "self_measured", 2.7)]
    [InlineData("柴油,mobile,公升,2.5,,,,,supplier,另一種排放型式", "moenv-6.0.4/diesel/stationary", "shipped", 2.606031792)]
    [InlineData("柴油,stationary,公升,2.5,,,,2020,supplier,另一年度", "moenv-6.0.4/diesel/stationary", "shipped", 2.606031792)]
    public void Calc_FactorPrecedence_SelfMeasuredBeatsSupplierBeatsShipped(string? userFactors, string factorId, string origin, decimal co2PerLitre)
    {
        var path = ActivityCsv("一廠,stationary,柴油,1000,公升,2021,發電機");
        string[] args = userFactors is null ? [path, "--json"] : [path, "--factors", UserFactorCsv(userFactors), "--json"];

        var trace = Calc(args).Json().GetProperty("rows")[0].GetProperty("trace");

        trace.GetProperty("factor_id").GetString().ShouldBe(factorId);
        trace.GetProperty("factor_origin").GetString().ShouldBe(origin);
        Number(trace.GetProperty("gases")[0], "kg_per_unit").ShouldBe(co2PerLitre);
    }

    [Fact]
    public void Calc_BadFactorFile_IsRefusedWithItsOwnLines()
    {
        var path = ActivityCsv(SteamRow);
        var factors = UserFactorCsv("外購蒸汽,steam,公噸,,,,185.2,2021,supplier,證明", "", "外購蒸汽,steam,公噸,,,,,2021,supplier,證明");

        ShouldBeRefused(Calc(path, "--factors", factors), factors, (4, "co2_kg", "at least one factor value is needed"));
    }

    private string UserFactorCsv(params string[] lines) => _dir.Write("factors.csv", string.Join('\n', [FactorHeader, .. lines]) + "\n");
}
