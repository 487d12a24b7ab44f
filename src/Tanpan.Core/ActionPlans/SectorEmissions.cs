using Tanpan.Core.Units;

namespace Tanpan.Core.ActionPlans;

/// <summary>One year of seed 002's 表6: the sector's emission target for the year (當年度目標值) and its emissions (排放值).</summary>
public sealed record SectorEmissions(int Year, Co2e Target, Co2e Emissions);
