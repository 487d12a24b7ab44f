using System.Text.Json;

namespace Tanpan.Web.Features.Training;

/// <summary>The course tiers shipped in data/training/tiers.json (embedded as <c>training/tiers.json</c>).</summary>
public static class TrainingTiers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<TrainingTier> All { get; } = Load();

    public static TrainingTier? Find(string? key) => All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));

    /// <summary>The tiers whose certificates answer a question about <paramref name="key"/>: itself and those that also count as it.</summary>
    public static List<string> CountingAs(string key) =>
        [.. All.Where(t => t.Key == key || t.AlsoCountsAs.Contains(key, StringComparer.Ordinal)).Select(t => t.Key)];

    private static List<TrainingTier> Load()
    {
        using var stream = typeof(TrainingTiers).Assembly.GetManifestResourceStream("training/tiers.json")
            ?? throw new InvalidOperationException("training/tiers.json is not embedded.");
        var tiers = JsonSerializer.Deserialize<List<TrainingTier>>(stream, Json) ?? [];
        if (tiers.Count == 0 || tiers.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count() != tiers.Count
            || tiers.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count() != tiers.Count || tiers.Any(t => t.TypicalDays < 1))
        {
            throw new InvalidOperationException("training/tiers.json: tiers need distinct keys and codes and at least one day.");
        }

        return tiers;
    }
}
