using Tanpan.Testing;

namespace Tanpan.Cli.Tests.CarbonFees;

/// <summary>
/// The <c>fee estimate --json</c> answers with credits, a high-leakage adjustment period and a plants file, fixed byte for byte
/// (the plain answer is fixed in <see cref="FeeCommandsTests.Estimate_30000TonnesOffsets300Json_MatchesApproved"/>).
/// </summary>
public sealed class FeeJsonTests
{
    [Fact]
    public void EstimateJson_CreditsByKind_MatchesApproved() =>
        Approvals.Verify(Cli.Run("fee", "estimate", "--emissions-t", "30000", "--year", "2026", "--credits", "voluntary=300,early_action=100,foreign=300", "--json"));

    [Fact]
    public void EstimateJson_HighLeakageRateB_MatchesApproved() =>
        Approvals.Verify(Cli.Run("fee", "estimate", "--emissions-t", "100000", "--rate", "b", "--high-leakage", "--year", "2027", "--json"));

    [Fact]
    public void EstimateJson_PlantsFile_MatchesApproved()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plants.csv", "plant,emissions_t,rate,high_leakage,voluntary_t\nA廠,30000,general,false,100\nB廠,20000,,,\nC廠,100000,B,true,\n");

        Approvals.Verify(Cli.Run("fee", "estimate", "--plants", file, "--json"));
    }

}
