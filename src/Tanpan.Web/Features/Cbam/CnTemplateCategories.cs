using Tanpan.Core.Cbam;

namespace Tanpan.Web.Features.Cbam;

/// <summary>
/// The communication template's aggregated goods category (<c>Tanpan.Documents.Cbam.CbamTemplateCategories</c>) for a CN code (the template's list of aggregated goods
/// categories, which follows IR (EU) 2025/2547 Annex II section 2 table 1: the CN codes each category covers). The most
/// specific prefix wins (7202 11 is FeMn before 72 is "Iron or steel products").
/// </summary>
public static class CnTemplateCategories
{
    private static readonly (string Prefix, string Category)[] Prefixes =
    [
        ("250700", "Calcined clays"), ("252310", "Cement clinker"), ("252321", "Cement"), ("252329", "Cement"), ("252390", "Cement"),
        ("252330", "Aluminous cement"), ("280410", "Hydrogen"), ("2814", "Ammonia"), ("2808", "Nitric acid"), ("310210", "Urea"),
        ("2834", "Mixed fertilisers"), ("3102", "Mixed fertilisers"), ("3105", "Mixed fertilisers"), ("260112", "Sintered Ore"),
        ("7201", "Pig iron"), ("720211", "Alloys (FeMn, FeCr, FeNi)"), ("720219", "Alloys (FeMn, FeCr, FeNi)"), ("720241", "Alloys (FeMn, FeCr, FeNi)"), ("720249", "Alloys (FeMn, FeCr, FeNi)"), ("720260", "Alloys (FeMn, FeCr, FeNi)"),
        ("7203", "Direct reduced iron"), ("7206", "Crude steel"), ("7207", "Crude steel"), ("7218", "Crude steel"), ("7224", "Crude steel"),
        ("72", "Iron or steel products"), ("73", "Iron or steel products"), ("7601", "Unwrought aluminium"), ("76", "Aluminium products"),
        ("2716", "Electricity (export to EU)"),
    ];

    /// <summary>The template's category name for <paramref name="code"/>, or null when none of the template's categories covers it.</summary>
    public static string? Of(CnCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Prefixes.Where(p => code.Digits.StartsWith(p.Prefix, StringComparison.Ordinal)).OrderByDescending(p => p.Prefix.Length)
            .Select(p => p.Category).FirstOrDefault();
    }
}
