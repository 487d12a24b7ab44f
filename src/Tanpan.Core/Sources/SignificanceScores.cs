namespace Tanpan.Core.Sources;

/// <summary>
/// A source's significance factors as used: R 排放量, C 控制程度, P 數據取得, each 1–5 (<see cref="SignificanceRule"/>), with
/// which of them were derived (<see cref="Derived"/>); the others are the organisation's own scores.
/// </summary>
public readonly record struct SignificanceScores(int R, int C, int P, SignificanceFactors Derived)
{
    /// <summary>S = R × C × P, 1–125.</summary>
    public int Score => R * C * P;

    /// <summary>True when every factor is derived (no score of the organisation's).</summary>
    public bool AllDerived => Derived == SignificanceFactors.All;

    /// <summary>How the factors were obtained, in both languages: 自動評分, 組織評分, or 自動評分：C、P for a mix.</summary>
    public (string Zh, string En) Basis()
    {
        if (Derived == SignificanceFactors.None)
        {
            return ("組織評分", "scored by the organisation");
        }

        if (AllDerived)
        {
            return ("自動評分", "derived");
        }

        var derived = Derived;
        var letters = new[] { SignificanceFactors.R, SignificanceFactors.C, SignificanceFactors.P }.Where(f => derived.HasFlag(f)).Select(f => f.ToString()).ToList();
        return ($"自動評分：{string.Join("、", letters)}", $"derived: {string.Join(", ", letters)}");
    }
}
