using Tanpan.Core.Factors;

namespace Tanpan.Core.Tariffs;

/// <summary>The electricity plans shipped in <c>data/tariffs/</c>, found by id (ordinal, case-insensitive).</summary>
public sealed class TariffLibrary
{
    private static readonly Lazy<TariffLibrary> LazyShipped = new(() => new TariffLibrary(ShippedTariffs.Load()));

    public TariffLibrary(IReadOnlyList<TariffPlan> plans) => Plans = plans;

    /// <summary>The plans embedded in this assembly.</summary>
    public static TariffLibrary Shipped => LazyShipped.Value;

    public IReadOnlyList<TariffPlan> Plans { get; }

    public TariffPlan? Find(string id) => Plans.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The plan with <paramref name="id"/>, or a problem naming the plans there are.</summary>
    public (TariffPlan? Plan, Problem? Problem) Resolve(string id) => Find(id) is { } plan
        ? (plan, null)
        : (null, new Problem("plan", $"不明的電價方案「{id}」（可用 tanpan tariff list 查詢）", $"unknown tariff plan '{id}' (see tanpan tariff list)"));
}
