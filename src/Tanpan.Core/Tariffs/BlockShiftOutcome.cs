using Tanpan.Core.Factors;

namespace Tanpan.Core.Tariffs;

/// <summary>Either a result or the problems with the input (Chinese and English); never both.</summary>
public sealed record BlockShiftOutcome(BlockShiftResult? Result, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Result is not null;
}
