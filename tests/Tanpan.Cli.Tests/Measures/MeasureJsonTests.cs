namespace Tanpan.Cli.Tests.Measures;

/// <summary>
/// The <c>--json</c> answers of <c>measure</c> and <c>cases</c>, fixed byte for byte: the CLI's JSON contract (field names, order,
/// nulls, number spelling) must not move when the code that writes it does.
/// </summary>
public sealed class MeasureJsonTests
{
    private static readonly string[] Led =
        ["measure", "evaluate", "led", "--count", "100", "--watts-before", "36", "--watts-after", "18", "--hours", "3000", "--price-electricity", "4", "--investment", "50000", "--grid-year", "2024"];

    [Fact]
    public void EvaluateJson_Led_MatchesApproved() => Approvals.Verify(Cli.Run([.. Led, "--json"]));

    /// <summary>No prices given: the per-carrier costs and the cost saved are null, both carriers listed as missing prices.</summary>
    [Fact]
    public void EvaluateJson_FuelSwitchWithoutPrices_MatchesApproved() =>
        Approvals.Verify(Cli.Run("measure", "evaluate", "fuel-switch", "--from", "fuel-oil", "--to", "natural-gas", "--quantity", "100000",
            "--efficiency-before", "0.8", "--efficiency-after", "0.92", "--json"));

    /// <summary>Cash-flow fields: running cost, flows, one IRR, reinvestment rate defaulting to the discount rate.</summary>
    [Fact]
    public void EvaluateJson_RunningCost_MatchesApproved() => Approvals.Verify(Cli.Run([.. Led, "--running-cost", "1600", "--json"]));

    /// <summary>A replacement year and cost, three sign changes: IRR null with several rates listed.</summary>
    [Fact]
    public void EvaluateJson_ReplacementWithSeveralIrrs_MatchesApproved() =>
        Approvals.Verify(Cli.Run("measure", "evaluate", "custom", "--electricity", "2500", "--price-electricity", "4", "--investment", "1000", "--lifetime", "3",
            "--replacement-year", "2", "--replacement-cost", "30000", "--grid-year", "2024", "--json"));

    [Fact]
    public void ListJson_MatchesApproved() => Approvals.Verify(Cli.Run("measure", "list", "--json"));

    [Fact]
    public void CasesSearchJson_Machinery_MatchesApproved() => Approvals.Verify(Cli.Run("cases", "search", "--industry", "機械", "--json"));

}
