namespace Tanpan.Core.Factors;

/// <summary>Provenance of a factor set: title, version, publication, basis and the heat-value vintage it used.</summary>
public sealed record FactorSetInfo(
    string Id,
    string Version,
    string TitleZh,
    string TitleEn,
    string Published,
    string Basis,
    string HeatValueVintage,
    string Source,
    string Confidence);
