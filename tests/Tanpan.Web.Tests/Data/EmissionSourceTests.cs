using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Tests.Data;

public class EmissionSourceTests
{
    [Theory]
    [InlineData(3, 2, 3, 18)]
    [InlineData(1, 1, 1, 1)]
    [InlineData(null, 2, 3, null)]
    [InlineData(3, null, 3, null)]
    [InlineData(3, 2, null, null)]
    public void Significance_IsRTimesCTimesP_OrNullWhileUnassessed(int? r, int? c, int? p, int? expected)
    {
        var source = new EmissionSource { MaterialKey = "diesel", Gases = "CO2", SignificanceR = r, SignificanceC = c, SignificanceP = p };

        source.Significance.ShouldBe(expected);
    }
}
