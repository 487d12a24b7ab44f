namespace Tanpan.Documents.Cbam;

/// <summary>Tonnes of a precursor (a process's or a purchased precursor's <c>Key</c>) consumed by a process in the period; above 0.</summary>
public sealed record CbamPrecursorUse(string PrecursorKey, decimal Tonnes);
