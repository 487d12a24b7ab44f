namespace Tanpan.Core.Cbam;

/// <summary>
/// One figure of a CBAM calculation, so that every result can be followed back: a stable <see cref="Key"/>
/// (e.g. <c>attr_em_dir</c>, <c>precursor.direct</c>), labels in both languages, the exact (unrounded)
/// <see cref="Value"/>, its <see cref="Unit"/> (t, tCO2e, tCO2e/t, MWh, tCO2e/MWh, %, EUR) and its
/// <see cref="Source"/> (an equation, a table row, the user's entry, a supplier).
/// </summary>
public sealed record CbamTraceLine(string Key, string LabelZh, string LabelEn, decimal Value, string Unit, string Source)
{
    /// <summary><see cref="Source"/> in Traditional Chinese (regulation numbers and formulas as they are).</summary>
    public string SourceZh { get; init; } = Source;

    /// <summary>The process or good the line belongs to (a process id, a precursor name), or empty.</summary>
    public string Subject { get; init; } = "";
}
