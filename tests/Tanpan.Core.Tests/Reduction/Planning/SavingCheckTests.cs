using Tanpan.Core.Reduction.Planning;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tests.Reduction.Planning;

public sealed class SavingCheckTests
{
    /// <summary>Base 500 t at 1,000 units; later 480 t at 1,100 units: expected 550, observed 70, ratio 70/60 = 1.1667.</summary>
    [Fact]
    public void Compare_OutputGrew_NormalisesBeforeComparing()
    {
        var check = SavingCheck.Compare(2024, Co2e.FromTonnes(60m), Co2e.FromTonnes(500m), 1_000m, Co2e.FromTonnes(480m), 1_100m);

        (check.OutputRatio, check.Expected.Tonnes, check.Observed.Tonnes).ShouldBe((1.1m, 550m, 70m));
        check.Ratio!.Value.ShouldBe(1.1667m, 0.0001m);
    }

    [Fact]
    public void Compare_NoOutputs_ComparesRawEmissions()
    {
        var check = SavingCheck.Compare(2024, Co2e.FromTonnes(40m), Co2e.FromTonnes(500m), null, Co2e.FromTonnes(480m), 1_100m);

        (check.OutputRatio, check.Observed.Tonnes, check.Ratio).ShouldBe((null, 20m, 0.5m));
    }
}
