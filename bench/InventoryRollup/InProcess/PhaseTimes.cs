namespace Tanpan.Bench.InventoryRollup.InProcess;

/// <summary>Seconds spent in each phase of one streaming, single-threaded pass over a file.</summary>
internal sealed record PhaseTimes(double Read, double Validate, double Encode, double Kernel, double Build, double Total);
