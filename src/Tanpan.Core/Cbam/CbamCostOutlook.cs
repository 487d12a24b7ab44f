namespace Tanpan.Core.Cbam;

/// <summary>
/// The cost outlook per year (Reg. 2023/956 Art. 21–22 certificates, Art. 31 free-allocation adjustment, Art. 9 carbon
/// price paid). <see cref="IsApproximation"/> is true when no EU benchmark was given: the adjustment is then taken as
/// embedded × CBAM factor ("payable share of embedded emissions"), which pages and the CLI must label as an approximation.
/// </summary>
public sealed record CbamCostOutlook(CbamCostInput Input, CbamDefaultValue Default, bool IsApproximation, IReadOnlyList<CbamCostYear> Years)
{
    public CbamCostYear For(int year) => Years.Single(y => y.Year == year);

    public const string ApproximationNoteEn =
        "Approximation: no EU benchmark (IR (EU) 2025/2620) is shipped, so certificates = embedded emissions × (1 − CBAM factor).";

    public const string ApproximationNoteZh =
        "估算：未隨附歐盟基準值（執行規則 2025/2620），憑證數以「隱含排放 ×（1 − CBAM 係數）」估算。";
}
