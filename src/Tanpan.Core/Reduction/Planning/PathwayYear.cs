using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction.Planning;

/// <summary>One year of a plan's pathway, in CO₂e: business as usual, the measures' savings, and the emissions with the plan (never below 0).</summary>
public sealed record PathwayYear(int Year, Co2e BusinessAsUsual, Co2e Saved, Co2e Plan);
