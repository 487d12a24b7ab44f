using Tanpan.Testing;

namespace Tanpan.Cli.Tests.Inventories;

/// <summary>
/// The <c>inventory calc --json</c> answer fixed byte for byte: totals, rows and traces with equipment, optional sources, months and
/// year-crossing bills, so the JSON contract cannot move when the code that writes it does.
/// </summary>
public sealed class InventoryJsonTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>The example sample: sources, equipment with its leak rate, a grid factor without GWP.</summary>
    [Fact]
    public void CalcJson_ExampleSample_MatchesApproved() => Approvals.Verify(Cli.Run("inventory", "calc", "samples/seed001-example-2021.csv", "--json"));

    /// <summary>A bill across the new year: months, bill period and each part's share; no source column (the field is left out).</summary>
    [Fact]
    public void CalcJson_BillAcrossNewYear_MatchesApproved()
    {
        var file = _dir.Write("bills.csv",
            "廠區,排放型式,原燃物料,活動數據,單位,年度,計費期間起,計費期間迄,資訊取得方式\n" +
            "一廠,外購電力,台電,\"3,100\",度,,113/12/16,114/01/15,電費單\n");

        Approvals.Verify(Cli.Run("inventory", "calc", file, "--json"));
    }

}
