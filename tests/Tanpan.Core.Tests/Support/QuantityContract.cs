namespace Tanpan.Core.Tests.Support;

/// <summary>
/// One reusable contract for value types with equality, ordering and arithmetic (after NodaTime's
/// TestHelper): run it on every quantity with three values in increasing order.
/// </summary>
internal static class QuantityContract
{
    public static void Check<T>(T small, T equalToSmall, T big)
        where T : struct, IEquatable<T>, IComparable<T>, IComparable
    {
        small.Equals(equalToSmall).ShouldBeTrue();
        small.Equals((object)equalToSmall).ShouldBeTrue();
        small.GetHashCode().ShouldBe(equalToSmall.GetHashCode());
        small.Equals(big).ShouldBeFalse();
        small.Equals((object?)null).ShouldBeFalse();
        small.Equals(new object()).ShouldBeFalse();

        small.CompareTo(equalToSmall).ShouldBe(0);
        small.CompareTo(big).ShouldBeLessThan(0);
        big.CompareTo(small).ShouldBeGreaterThan(0);
        ((IComparable)small).CompareTo(null).ShouldBeGreaterThan(0);
        Should.Throw<ArgumentException>(() => ((IComparable)small).CompareTo("not a quantity"));
        default(T).CompareTo(default).ShouldBe(0);
    }

    /// <summary>The comparison operators of a small and a big value, evaluated by the caller (operators are not generic here).</summary>
    public static void CheckOperators(bool eq, bool ne, bool lt, bool le, bool gt, bool ge)
    {
        eq.ShouldBeFalse("small == big");
        ne.ShouldBeTrue("small != big");
        lt.ShouldBeTrue("small < big");
        le.ShouldBeTrue("small <= big");
        gt.ShouldBeFalse("small > big");
        ge.ShouldBeFalse("small >= big");
    }
}
