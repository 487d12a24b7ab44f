namespace Tanpan.Core.Inventory;

/// <summary>A calendar month: year (AD) and month 1–12.</summary>
public readonly record struct YearMonth(int Year, int Month);
