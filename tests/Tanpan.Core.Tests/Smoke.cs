namespace Tanpan.Core.Tests;

public class Smoke
{
    [Fact]
    public void Placeholder_Builds() => Core.Factors.FactorLibrary.Shipped.Sets.Count.ShouldBe(2);
}
