using Tanpan.Core.Units;

namespace Tanpan.Core.Cbam;

/// <summary>
/// A relevant precursor consumed by a production process in the period: M_prec (mass ≥ 0) of CN code
/// <paramref name="CnCode"/>, whose SEE comes from <paramref name="Source"/>. Its embedded emissions
/// M × SEE are added to the process's (SEE = (AttrEm + Σ M × SEE_prec) / AL).
/// </summary>
public sealed record CbamPrecursorInput(string Name, CnCode CnCode, Quantity<Mass> Mass, CbamPrecursorSource Source);
