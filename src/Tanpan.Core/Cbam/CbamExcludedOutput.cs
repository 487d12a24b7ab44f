using Tanpan.Core.Units;

namespace Tanpan.Core.Cbam;

/// <summary>An output of the process left out of its activity level (<see cref="CbamExcludedKind"/>), mass ≥ 0.</summary>
public sealed record CbamExcludedOutput(CbamExcludedKind Kind, Quantity<Mass> Mass);
