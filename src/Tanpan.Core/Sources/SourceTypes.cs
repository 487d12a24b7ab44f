using Tanpan.Core.Text;

namespace Tanpan.Core.Sources;

/// <summary>Names of <see cref="SourceType"/> in Chinese and English, and their ISO 14064-1 category.</summary>
public static class SourceTypes
{
    private static readonly Dictionary<string, SourceType> Names = Build();

    public static SourceType? Parse(string? text) =>
        text is not null && Names.TryGetValue(TextKey.Normalize(text), out var type) ? type : null;

    /// <summary>The English key used in files and JSON (stationary, mobile, process, fugitive, electricity, steam).</summary>
    public static string Key(SourceType type) => type.ToString().ToLowerInvariant();

    public static string NameZh(SourceType type) => type switch
    {
        SourceType.Stationary => "固定燃燒",
        SourceType.Mobile => "移動燃燒",
        SourceType.Process => "製程",
        SourceType.Fugitive => "逸散",
        SourceType.Electricity => "外購電力",
        SourceType.Steam => "外購蒸汽",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>ISO 14064-1:2018 category: direct sources are 1, imported energy is 2.</summary>
    public static int Category(SourceType type) => type is SourceType.Electricity or SourceType.Steam ? 2 : 1;

    private static Dictionary<string, SourceType> Build()
    {
        var map = new Dictionary<string, SourceType>(StringComparer.Ordinal);
        void Add(SourceType type, params string[] names)
        {
            map[TextKey.Normalize(Key(type))] = type;
            map[TextKey.Normalize(NameZh(type))] = type;
            foreach (var name in names)
            {
                map[TextKey.Normalize(name)] = type;
            }
        }

        Add(SourceType.Stationary, "固定燃燒源", "固定源", "固定燃燒排放", "stationary combustion", "E");
        Add(SourceType.Mobile, "移動燃燒源", "移動源", "移動燃燒排放", "mobile combustion", "T");
        Add(SourceType.Process, "製程排放", "製程排放源", "工業製程", "process emissions", "P");
        Add(SourceType.Fugitive, "逸散排放", "逸散排放源", "逸散源", "fugitive emissions", "F");
        Add(SourceType.Electricity, "電力", "外購電力排放", "purchased electricity", "imported electricity");
        Add(SourceType.Steam, "外購蒸氣", "蒸汽", "purchased steam", "purchased heat", "imported steam");
        return map;
    }
}
