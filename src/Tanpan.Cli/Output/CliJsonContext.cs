using System.Text.Json.Serialization;
using Tanpan.Cli.CarbonFees;
using Tanpan.Cli.Cbam;
using Tanpan.Cli.Inventories;
using Tanpan.Cli.Measures;
using Tanpan.Cli.Products;
using Tanpan.Cli.Tariffs;

namespace Tanpan.Cli.Output;

/// <summary>The output records of every <c>--json</c> answer, for the source generator; <see cref="JsonOutput"/> holds the options.</summary>
[JsonSerializable(typeof(InventoryOutput))]
[JsonSerializable(typeof(CarbonFeeOutput))]
[JsonSerializable(typeof(PlantGroupFeeOutput))]
[JsonSerializable(typeof(MeasureOutput))]
[JsonSerializable(typeof(MeasureListOutput))]
[JsonSerializable(typeof(CaseSearchOutput))]
[JsonSerializable(typeof(PeakShiftOutput))]
[JsonSerializable(typeof(BlockShiftOutput))]
[JsonSerializable(typeof(TouBillOutput))]
[JsonSerializable(typeof(FootprintOutput))]
[JsonSerializable(typeof(CbamDefaultsOutput))]
[JsonSerializable(typeof(CbamCostOutput))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
