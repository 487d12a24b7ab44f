using Tanpan.Testing;

namespace Tanpan.Cli.Tests.CarbonFees;

/// <summary>--increase-offsets (碳費收費辦法 §7) and --supplied-kwh/--supplied-kg-per-kwh (§8): deducted from the annual emissions before K.</summary>
public sealed partial class FeeCommandsTests
{
    [Fact]
    public void Estimate_Section7IncreaseOffsets_DeductedBeforeKWithoutTheCap()
    {
        // 40,000 t − 5,000 t voluntary × 1.2 = 34,000 t annual; 9,000 t chargeable × 300 = NT$2,700,000 (as a §9 credit: capped at 1,500 t).
        var json = Cli.Run("fee", "estimate", "--emissions-t", "40000", "--increase-offsets", "voluntary=5000", "--json").Json();

        json.GetProperty("increase_offsets")[0].GetProperty("counted_t").GetDecimal().ShouldBe(6_000m);
        json.GetProperty("increase_offset_deduction_t").GetDecimal().ShouldBe(6_000m);
        json.GetProperty("annual_emissions_t").GetDecimal().ShouldBe(34_000m);
        json.GetProperty("chargeable_t").GetDecimal().ShouldBe(9_000m);
        json.GetProperty("offsets_applied_t").GetDecimal().ShouldBe(0m);
        json.GetProperty("fee_ntd").GetDecimal().ShouldBe(2_700_000m);
    }

    [Fact]
    public void Estimate_Section8Generator_TextShowsTheDeduction()
    {
        // 1,000,000 t − 1,500,000,000 kWh × 0.6 kg/kWh = 900,000 t → 100,000 t annual; 75,000 t × 300 = NT$22,500,000.
        var result = Cli.Run("fee", "estimate", "--emissions-t", "1000000", "--supplied-kwh", "1500000000", "--supplied-kg-per-kwh", "0.6");

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        result.Output.ShouldContain("§8 supplied  1,500,000,000 kWh × 0.6 kg/kWh = 900,000 t off the annual emissions");
        result.Output.ShouldContain("annual       100,000 t after §7/§8");
        result.Output.ShouldContain("fee          NT$22,500,000");
    }

    [Fact]
    public void EstimateJson_Section7AndSection8_MatchesApproved() =>
        Approvals.Verify(Cli.Run("fee", "estimate", "--emissions-t", "1000000", "--year", "2026", "--increase-offsets", "offset=1000,early_action=1000",
            "--supplied-kwh", "1500000000", "--supplied-kg-per-kwh", "0.6", "--credits", "voluntary=100", "--json"));

    [Fact]
    public void Estimate_PlantsFileWithDeductionColumns_PerPlant()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plants.csv", "plant,emissions_t,increase_voluntary_t,supplied_kwh,supplied_kg_per_kwh\nA,40000,5000,,\nB,1000000,,1500000000,0.6\n");

        var json = Cli.Run("fee", "estimate", "--plants", file, "--json").Json();

        var plants = json.GetProperty("plants").EnumerateArray().Select(p => (p.GetProperty("annual_emissions_t").GetDecimal(), p.GetProperty("fee_ntd").GetDecimal())).ToList();
        plants.ShouldBe([(34_000m, 2_700_000m), (100_000m, 22_500_000m)]);
        json.GetProperty("fee_ntd").GetDecimal().ShouldBe(25_200_000m);
    }

    [Fact]
    public void Estimate_PlantsWithDeductionOption_Refused()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plants.csv", "plant,emissions_t\nA,30000\n");

        var result = Cli.Run("fee", "estimate", "--plants", file, "--increase-offsets", "voluntary=1");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("with --plants, give --increase-offsets per plant in the file");
    }
}
