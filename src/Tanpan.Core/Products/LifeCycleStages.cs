namespace Tanpan.Core.Products;

/// <summary>Names and keys of <see cref="LifeCycleStage"/> values.</summary>
public static class LifeCycleStages
{
    /// <summary>Every stage in life-cycle order.</summary>
    public static IReadOnlyList<LifeCycleStage> All { get; } =
        [LifeCycleStage.RawMaterialAcquisition, LifeCycleStage.Production, LifeCycleStage.Distribution, LifeCycleStage.Use, LifeCycleStage.EndOfLife];

    /// <summary>True for the stages of a cradle-to-gate footprint.</summary>
    public static bool IsCradleToGate(LifeCycleStage stage) => stage is LifeCycleStage.RawMaterialAcquisition or LifeCycleStage.Production;

    /// <summary>The snake_case key used in files and JSON: raw_material, production, distribution, use, end_of_life.</summary>
    public static string Key(LifeCycleStage stage) => stage switch
    {
        LifeCycleStage.RawMaterialAcquisition => "raw_material",
        LifeCycleStage.Production => "production",
        LifeCycleStage.Distribution => "distribution",
        LifeCycleStage.Use => "use",
        LifeCycleStage.EndOfLife => "end_of_life",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static string NameZh(LifeCycleStage stage) => stage switch
    {
        LifeCycleStage.RawMaterialAcquisition => "原料取得",
        LifeCycleStage.Production => "製造",
        LifeCycleStage.Distribution => "配送銷售",
        LifeCycleStage.Use => "使用",
        LifeCycleStage.EndOfLife => "廢棄處理",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static string NameEn(LifeCycleStage stage) => stage switch
    {
        LifeCycleStage.RawMaterialAcquisition => "Raw-material acquisition",
        LifeCycleStage.Production => "Production",
        LifeCycleStage.Distribution => "Distribution and retail",
        LifeCycleStage.Use => "Use",
        LifeCycleStage.EndOfLife => "End of life",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    /// <summary>The stage for a key or either name (原料取得, raw_material, production …), or null.</summary>
    public static LifeCycleStage? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var key = Text.TextKey.Normalize(text);
        foreach (var stage in All)
        {
            if (key == Text.TextKey.Normalize(Key(stage)) || key == Text.TextKey.Normalize(NameZh(stage)) || key == Text.TextKey.Normalize(NameEn(stage)))
            {
                return stage;
            }
        }

        return null;
    }
}
