namespace Tanpan.Documents.Cbam;

/// <summary>
/// The template's 18 aggregated goods categories with their routes (CBAM Communication template for installations,
/// version 20241213, Parameters_Constants A89:P106). Processes and purchased precursors must name one of them, and a
/// route of it; indirect emissions enter the SEE only where the category's flag says so.
/// </summary>
public static class CbamTemplateCategories
{
    private static readonly string[] OtherRoutes = ["Other production routes", "Unknown production routes"];

    public static IReadOnlyList<CbamTemplateCategory> All { get; } =
    [
        new("Cement", "t", true, []),
        new("Cement clinker", "t", true, []),
        new("Calcined clays ", "t", true, []),
        new("Aluminous cement", "t", true, []),
        new("Iron or steel products", "t", false, []),
        new("Crude steel", "t", false, ["Basic oxygen steelmaking", "Electric arc furnace", .. OtherRoutes]),
        new("Direct reduced iron", "t", false, []),
        new("Pig iron", "t", false, ["Blast furnace route", "Smelting reduction", .. OtherRoutes]),
        new("Alloys (FeMn, FeCr, FeNi)", "t", false, []),
        new("Sintered Ore", "t", true, []),
        new("Hydrogen", "t", false, ["Steam reforming and partial oxidation", "Electrolysis of water",
            "Chlor-Alkali electrolysis and production of chlorates", .. OtherRoutes]),
        new("Ammonia", "t", false, ["Haber-Bosch process with steam reforming of natural gas or biogas",
            "Haber-Bosch process with gasification of coal or other fuels", .. OtherRoutes]),
        new("Nitric acid", "t", true, []),
        new("Urea", "t", true, []),
        new("Mixed fertilisers", "t", true, []),
        new("Aluminium products", "t", false, []),
        new("Unwrought aluminium", "t", false, ["Primary (electrolytic) smelting", "Secondary melting (recycling)", .. OtherRoutes]),
        new("Electricity (export to EU)", "MWh", false, []),
    ];

    /// <summary>The category named <paramref name="name"/> (case and surrounding spaces ignored), or null.</summary>
    public static CbamTemplateCategory? Find(string? name) =>
        name is null ? null : All.FirstOrDefault(c => string.Equals(c.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
