namespace Tanpan.Cli.Tests.Inventories;

public sealed partial class InventoryCommandsTests
{
    [Fact]
    public void Calc_TextileWithMoenv2024_FailsCleanlyForCoalInTonnes()
    {
        // 113/2/5 附表一 gives coal per TJ; no net heat value is shipped, so coal in t must be entered as energy.
        ShouldBeRefused(Calc(Textile, "--factor-set", "moenv-2024"), Textile,
            (2, "unit", "factor moenv-2024/fuel_coal/stationary is per TJ and no heat value is shipped for it: enter the energy (TJ, GJ, kcal), i.e. the amount × the supplier's tested heat value"));
    }

    [Fact]
    public void Calc_CopperFoilWithMoenv2024_UsesItsNaturalGasFactor()
    {
        var json = Calc(CopperFoil, "--factor-set", "moenv-2024", "--json").Json();

        json.GetProperty("factor_set").GetString().ShouldBe("moenv-2024");
        var gas = json.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("material").GetString() == "natural_gas").ToList();
        gas.Select(r => r.GetProperty("line").GetInt32()).ShouldBe([2, 5]);
        foreach (var row in gas)
        {
            var trace = row.GetProperty("trace");
            trace.GetProperty("factor_id").GetString().ShouldStartWith("moenv-2024/");
            trace.GetProperty("factor_set").GetString().ShouldBe("moenv-2024");
        }

        var grid = json.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("material").GetString() == "electricity");
        grid.GetProperty("trace").GetProperty("factor_id").GetString().ShouldBe("grid/2020");
    }
}
