namespace Tanpan.Core.Quality;

/// <summary>
/// A 95 % confidence interval as fractions of the value: the true value lies between value × (1 − <see cref="Lower"/>)
/// and value × (1 + <see cref="Upper"/>). Both are ≥ 0; MOENV tables give them asymmetric (e.g. CH₄ −70 %/+200 %).
/// </summary>
public readonly record struct Bounds(double Lower, double Upper)
{
    public static Bounds Symmetric(double fraction) => new(fraction, fraction);

    /// <summary>Independent relative errors combined: √(a² + b²) on each side (IPCC 2006 Vol. 1 Ch. 3, Approach 1, equation 3.2).</summary>
    public Bounds Combine(Bounds other) =>
        new(Math.Sqrt((Lower * Lower) + (other.Lower * other.Lower)), Math.Sqrt((Upper * Upper) + (other.Upper * other.Upper)));
}
