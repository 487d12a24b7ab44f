namespace Tanpan.Cli.Tests.Inventories;

public sealed partial class InventoryCommandsTests
{
    [Fact]
    public void Calc_TextileWithMoenv2024_FailsCleanlyForCoal()
    {
        ShouldBeRefused(Calc(Textile, "--factor-set", "moenv-2024"), Textile, (2, "material", "factor set moenv-2024 has no factor for fuel coal"));
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
