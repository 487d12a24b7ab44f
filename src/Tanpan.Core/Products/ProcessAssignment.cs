namespace Tanpan.Core.Products;

/// <summary>
/// A metered process or emission source that serves one product only: every inventory row of
/// <paramref name="Facility"/> whose 製程 (process) or 排放源 (source) is <paramref name="ProcessOrSource"/> goes to
/// <paramref name="ProductCode"/> wholly (direct assignment, ISO 14044:2006 §4.3.4.2 step 1: avoid allocation by
/// subdividing the process). Names compare ignoring case, width and spacing.
/// </summary>
public sealed record ProcessAssignment(string Facility, string ProcessOrSource, string ProductCode);
