using System.Text.Json;
using Tanpan.Testing;

namespace Tanpan.Cli.Tests.Products;

/// <summary>
/// <c>tanpan product footprint</c> over the seed 001 aluminium sample (samples/products/README.md) and bad inputs:
/// exit 2, every issue on stderr with its line, nothing on stdout.
/// </summary>
public sealed class ProductCommandsTests : IDisposable
{
    private const string Activity = "samples/products/aluminium-2021-activity.csv";
    private const string Products = "samples/products/aluminium-2021-products.csv";
    private const string Bom = "samples/products/aluminium-2021-bom.csv";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// Seed 001: the plant emits 202,484 t a year and a tonne of coil carries 13.12 t cradle-to-gate. With the sample's
    /// assumed inputs: 鋁軋延廠 shares 190,000 t over 250,000 t of output by mass = 760 kg/t; coil = 760 + 1.03 t ingot ×
    /// 12,000 kg/t = 13,120 kg/t.
    /// </summary>
    [Fact]
    public void Footprint_SeedAluminium_CoilIsThirteenPointTwelveTonnesPerTonne()
    {
        var result = Cli.Run("product", "footprint", Activity, "--products", Products, "--bom", Bom, "--json");
        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("inventory_total_t_co2e").GetDecimal().ShouldBe(202_484m, 0.5m);
        var coil = json.RootElement.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "COIL");
        (coil.GetProperty("kg_co2e_per_unit").GetDecimal() / 1000m).ShouldBe(13.12m, 0.005m);
        coil.GetProperty("declared_unit").GetString().ShouldBe("t");
        coil.GetProperty("by_stage").GetProperty("raw_material").GetDecimal().ShouldBe(12_360m);
        coil.GetProperty("allocation").GetProperty("key").GetString().ShouldBe("mass");
    }

    [Fact]
    public void FootprintJson_SeedAluminium_MatchesApproved() =>
        Approvals.Verify(Cli.Run("product", "footprint", Activity, "--products", Products, "--bom", Bom, "--json"));

    [Fact]
    public void Footprint_SeedAluminium_TextSummaryMatchesApproved() =>
        Approvals.Verify(Cli.Run("product", "footprint", Activity, "--products", Products, "--bom", Bom));

    [Fact]
    public void Footprint_Economic_SharesByRevenue()
    {
        // Revenue 11,160,000,000 of 23,770,000,000 NT$ at 鋁軋延廠 (the zinc plant is alone in its facility).
        var result = Cli.Run("product", "footprint", Activity, "--products", Products, "--bom", Bom, "--allocation", "economic", "--json");
        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var coil = json.RootElement.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "COIL");
        var detail = coil.GetProperty("allocation").GetProperty("details")[0];
        (detail.GetProperty("key").GetString(), detail.GetProperty("numerator").GetDecimal(), detail.GetProperty("denominator").GetDecimal())
            .ShouldBe(("economic", 11_160_000_000m, 23_770_000_000m));
    }

    [Fact]
    public void Footprint_UnknownDeclaredUnit_Exit2WithTheLine()
    {
        var products = _dir.Write("p.csv", "code,name,declared_unit,facility,year,quantity\nA,甲,kg,廠,2021,10\nB,乙,bbl,廠,2021,5\n");
        var result = Cli.Run("product", "footprint", Activity, "--products", products);
        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("line 3, column declared_unit");
        result.Error.ShouldContain("unknown declared unit 'bbl'");
        result.Output.ShouldBeEmpty();
    }

    [Fact]
    public void Footprint_NegativeBomQuantity_Exit2WithTheLine()
    {
        var bom = _dir.Write("b.csv", "parent_code,material,quantity,unit,source,factor_kg_co2e,reference,version\nCOIL,鋁錠,-1.03,t,secondary,12000,db,1\n");
        var result = Cli.Run("product", "footprint", Activity, "--products", Products, "--bom", bom);
        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("line 2, column quantity");
        result.Output.ShouldBeEmpty();
    }

    [Fact]
    public void Footprint_BomCycle_Exit2NamesThePath()
    {
        var bom = _dir.Write("b.csv", "產品代碼,物料,用量,單位,來源,出處\nFOIL,鋁捲,1.05,t,product,COIL\nCOIL,鋁箔,0.01,t,product,FOIL\n");
        var result = Cli.Run("product", "footprint", Activity, "--products", Products, "--bom", bom);
        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("product.bom.cycle");
        result.Error.ShouldContain("FOIL → COIL → FOIL");
        result.Output.ShouldBeEmpty();
    }

    [Fact]
    public void Footprint_BomUnitMismatch_Exit2()
    {
        var bom = _dir.Write("b.csv", "parent_code,material,quantity,unit,source,reference\nFOIL,鋁捲,3,piece,product,COIL\n");
        var result = Cli.Run("product", "footprint", Activity, "--products", Products, "--bom", bom);
        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("line 2, product.bom.unit");
    }

    [Fact]
    public void Footprint_NoProductsOption_UsageError()
    {
        var result = Cli.Run("product", "footprint", Activity);
        result.ExitCode.ShouldBe(1);
        result.Output.ShouldNotContain("kgCO2e");
    }
}
