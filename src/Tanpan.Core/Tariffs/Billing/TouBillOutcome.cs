using Tanpan.Core.Factors;

namespace Tanpan.Core.Tariffs.Billing;

/// <summary>A computed bill, or the problems of its input (then <see cref="Bill"/> is null).</summary>
public sealed record TouBillOutcome(TouBillResult? Bill, IReadOnlyList<Problem> Problems);
