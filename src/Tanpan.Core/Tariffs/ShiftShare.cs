namespace Tanpan.Core.Tariffs;

/// <summary>The fraction (0–1) of the moved energy that goes to <see cref="Period"/>.</summary>
public sealed record ShiftShare(TouPeriod Period, decimal Share);
