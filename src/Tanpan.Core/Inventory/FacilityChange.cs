namespace Tanpan.Core.Inventory;

/// <summary>A facility <c>added</c> (emissions now, none in the base year) or <c>removed</c> (the reverse); kilograms in the year it emitted.</summary>
public sealed record FacilityChange(string Facility, string Change, decimal Kilograms, decimal SharePercent);
