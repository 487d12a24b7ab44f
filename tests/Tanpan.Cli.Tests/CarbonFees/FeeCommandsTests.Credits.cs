using Tanpan.Testing;

namespace Tanpan.Cli.Tests.CarbonFees;

/// <summary>--credits and --plants (碳費收費辦法 §5, §9–§11); figures worked by hand in the comments.</summary>
public sealed partial class FeeCommandsTests
{
    /// <summary>The JSON of an invocation without the new options, fixed so it stays byte-identical.</summary>
    [Fact]
    public void Estimate_30000TonnesOffsets300Json_MatchesApproved() =>
        Approvals.Verify(Cli.Run("fee", "estimate", "--emissions-t", "30000", "--offsets-t", "300", "--json").Output);

    [Fact]
    public void Estimate_FractionBelowAKilogram_Section5RoundingAndTruncation()
    {
        // 25,010.0035 t → 10.004 t (half up at the 4th decimal); × 300 = 3,001.2 → NT$3,001 (無條件捨去)
        var json = Cli.Run("fee", "estimate", "--emissions-t", "25010.0035", "--json").Json();

        json.GetProperty("chargeable_t").GetDecimal().ShouldBe(10.004m);
        json.GetProperty("fee_ntd").GetDecimal().ShouldBe(3_001m);
    }

    [Fact]
    public void Estimate_CreditsByKind_MultipliedCappedAndListed()
    {
        // 5,000 t chargeable: voluntary 300 × 1.2 = 360 t, early_action 100 × 0.3 = 30 t (domestic 390 ≤ 500);
        // foreign 300 t capped at 5 % = 250 t; net 5,000 − 640 = 4,360 t × 300 = NT$1,308,000.
        var json = Cli.Run("fee", "estimate", "--emissions-t", "30000", "--year", "2026", "--credits", "voluntary=300,early_action=100,foreign=300", "--json").Json();

        var credits = json.GetProperty("credits").EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("counted_t").GetDecimal())).ToList();
        credits.ShouldBe([("voluntary", 360m), ("early_action", 30m), ("foreign", 300m)]);
        json.GetProperty("domestic_applied_t").GetDecimal().ShouldBe(390m);
        json.GetProperty("foreign_applied_t").GetDecimal().ShouldBe(250m);
        json.GetProperty("offsets_applied_t").GetDecimal().ShouldBe(640m);
        json.GetProperty("offsets_capped").GetBoolean().ShouldBeTrue();
        json.GetProperty("fee_ntd").GetDecimal().ShouldBe(1_308_000m);
    }

    [Fact]
    public void Estimate_PlantsFile_PerPlantFeesAndTheirSum()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plants.csv", "plant,emissions_t,rate,high_leakage,voluntary_t\nA廠,30000,general,false,100\nB廠,20000,,,\nC廠,100000,B,true,\n");

        var json = Cli.Run("fee", "estimate", "--plants", file, "--json").Json();

        var plants = json.GetProperty("plants").EnumerateArray().Select(p => (p.GetProperty("plant").GetString(), p.GetProperty("fee_ntd").GetDecimal())).ToList();
        plants.ShouldBe([("A廠", 1_464_000m), ("B廠", 0m), ("C廠", 2_000_000m)]); // (5,000 − 120) × 300; below 25,000 t; 100,000 × 0.2 × 100
        json.GetProperty("fee_ntd").GetDecimal().ShouldBe(3_464_000m);
    }

    [Fact]
    public void Estimate_PlantsFileText_OneBlockPerPlantAndTotal()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plants.csv", "plant,emissions_t\nA,25000.125\nB,25000.125\n");

        var result = Cli.Run("fee", "estimate", "--plants", file);

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        result.Output.ShouldContain("[A]");
        result.Output.ShouldContain("fee          NT$37");
        result.Output.ShouldContain("total fee    NT$74"); // 37 + 37, each truncated per plant
    }

    [Theory]
    [InlineData("plant,emissions_t\nA,lots\n", "line 2: emissions_t must be a number (got 'lots')")]
    [InlineData("plant\nA\n", "missing column emissions_t")]
    [InlineData("plant,emissions_t,rate\nA,30000,C\n", "line 2: unknown rate 'C' (use general, A or B)")]
    [InlineData("plant,emissions_t,high_leakage,foreign_t\nA,90000,true,5\n", "A: a high-leakage plant may not deduct foreign credits")]
    [InlineData("plant,emissions_t\nA,30000\nA,40000\n", "plant id 'A' is given more than once")]
    public void Estimate_BadPlantsFile_ExitsWithBadInputAndNothingPrinted(string csv, string english)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plants.csv", csv);

        var result = Cli.Run("fee", "estimate", "--plants", file, "--json");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain(english);
        result.Error.ShouldContain("錯誤：");
    }

    [Fact]
    public void Estimate_PlantsWithPerPlantOption_Refused()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plants.csv", "plant,emissions_t\nA,30000\n");

        var result = Cli.Run("fee", "estimate", "--plants", file, "--rate", "A");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("with --plants, give --rate per plant in the file");
    }
}
