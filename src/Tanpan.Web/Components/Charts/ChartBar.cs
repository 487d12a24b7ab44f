namespace Tanpan.Web.Components.Charts;

/// <summary>
/// One bar of a <see cref="BarChart"/>: its label, its value (the bar's length against the chart's largest value), the
/// value as the page shows it (culture, unit), an optional link (the entries behind the figure) and a machine-readable
/// value for tests and tools (<c>data-value</c>, invariant culture).
/// </summary>
public sealed record ChartBar(string Label, decimal Value, string ValueText, string? Href = null, string? Note = null);
