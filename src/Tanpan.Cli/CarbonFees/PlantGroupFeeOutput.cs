using System.Text.Json.Serialization;
using Tanpan.Core.CarbonFee;

namespace Tanpan.Cli.CarbonFees;

/// <summary>A payer's plants (<c>--plants</c>): each plant's fields as in <see cref="CarbonFeeOutput"/> after its <c>plant</c>, and the sum <c>fee_ntd</c>.</summary>
internal sealed record PlantGroupFeeOutput(string ParametersVersion, int Year, IReadOnlyList<PlantGroupFeeOutput.PlantFee> Plants, decimal FeeNtd)
{
    public static PlantGroupFeeOutput From(PlantGroupFee group, int year) =>
        new(group.Plants[0].Estimate.ParametersVersion, year, [.. group.Plants.Select(p => new PlantFee(p.PlantId, CarbonFeeOutput.From(p.Estimate)))],
            group.Fee.BaseValue);

    internal sealed record PlantFee : CarbonFeeOutput
    {
        public PlantFee(string plant, CarbonFeeOutput fee)
            : base(fee) => Plant = plant;

        [JsonPropertyOrder(-1)]
        public string Plant { get; init; }
    }
}
