namespace Tanpan.Documents.Cbam;

/// <summary>
/// An aggregated goods category as the template lists it (Parameters_Constants rows 89–106: name, unit, "Indir.em
/// relevant? (definitive)" and the production routes).
/// </summary>
/// <param name="Name">The template's spelling (the writer writes it so, the drop-downs of the EU file match it).</param>
/// <param name="Unit">"t", or "MWh" for electricity.</param>
/// <param name="IndirectRelevant">Whether SEE (indirect) counts in the definitive period (column C of the template's table).</param>
/// <param name="Routes">The production routes, or empty where the template has "All production routes".</param>
public sealed record CbamTemplateCategory(string Name, string Unit, bool IndirectRelevant, IReadOnlyList<string> Routes);
