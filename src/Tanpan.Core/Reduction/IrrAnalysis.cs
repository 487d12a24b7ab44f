namespace Tanpan.Core.Reduction;

/// <summary>
/// The IRRs of a series of flows: <see cref="SignChanges"/> in the flows bounds the number of IRRs (Descartes' rule of signs
/// on NPV as a polynomial in 1 / (1 + r)); <see cref="Rates"/> are the roots found between −99 % and 1,000 %, ascending.
/// </summary>
public sealed record IrrAnalysis(IrrStatus Status, IReadOnlyList<decimal> Rates, int SignChanges)
{
    /// <summary>The IRR when there is exactly one, else <see langword="null"/>.</summary>
    public decimal? Irr => Status == IrrStatus.One ? Rates[0] : null;
}
