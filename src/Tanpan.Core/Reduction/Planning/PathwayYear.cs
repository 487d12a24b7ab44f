namespace Tanpan.Core.Reduction.Planning;

/// <summary>One year of a plan's pathway, t CO₂e: business as usual, the measures' savings, and the emissions with the plan (never below 0).</summary>
public sealed record PathwayYear(int Year, decimal BusinessAsUsualT, decimal SavedT, decimal PlanT);
