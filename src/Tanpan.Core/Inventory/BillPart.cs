namespace Tanpan.Core.Inventory;

/// <summary>
/// The share of a bill that falls in one calendar (inventory) year, allocated by days (<see cref="BillSplit"/>):
/// an estimate, so its data-quality activity level is 3 (MOENV 清冊: 自行推估).
/// </summary>
/// <param name="Year">The calendar year of the part.</param>
/// <param name="Month">The month of the part's last day (the month the part is booked under).</param>
/// <param name="From">First day of the part.</param>
/// <param name="To">Last day of the part (inclusive).</param>
/// <param name="Days">Days of the part.</param>
/// <param name="Bill">The whole bill's period.</param>
/// <param name="BillAmount">The whole bill's amount, in the unit typed.</param>
/// <param name="Amount">This part's amount: <paramref name="BillAmount"/> × Days / bill days, apportioned so the parts sum exactly to the bill.</param>
public sealed record BillPart(int Year, int Month, DateOnly From, DateOnly To, int Days, BillPeriod Bill, decimal BillAmount, decimal Amount);
