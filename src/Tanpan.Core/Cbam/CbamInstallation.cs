namespace Tanpan.Core.Cbam;

/// <summary>
/// An installation in the CBAM sense (Regulation (EU) 2023/956 Art. 3(31)): here a Tanpan facility or part of one, with
/// its production processes for one reporting period (a calendar year).
/// </summary>
public sealed record CbamInstallation(string Name, int Year, IReadOnlyList<CbamProductionProcess> Processes);
