namespace Tanpan.Core.Cbam;

/// <summary>A certificate-price scenario the user sets: a name and EUR per CBAM certificate (= per t CO₂e, Reg. 2023/956 Art. 3(23)), ≥ 0.</summary>
public sealed record CbamPriceScenario(string Name, decimal EurPerCertificate);
