namespace Tanpan.Core.Cbam;

/// <summary>A certificate-price scenario the user sets: a name and EUR per CBAM certificate (one certificate = one t CO₂e of embedded emissions, Reg. 2023/956 Art. 3 definitions), ≥ 0.</summary>
public sealed record CbamPriceScenario(string Name, decimal EurPerCertificate);
