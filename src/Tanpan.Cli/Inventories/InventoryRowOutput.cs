using System.Globalization;
using System.Text.Json.Serialization;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;

namespace Tanpan.Cli.Inventories;

/// <summary>
/// One row of the JSON inventory: where it came from, its category, scope and t CO₂e, and its <see cref="TraceOutput"/>. A row without a
/// source, data source or month leaves those fields out.
/// </summary>
internal sealed record InventoryRowOutput(
    int Line,
    string Facility,
    string SourceType,
    string Material,
    string MaterialText,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DataSource,
    int Year,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Month,
    int Category,
    int Scope,
    decimal TCo2e,
    InventoryRowOutput.TraceOutput Trace)
{
    public static InventoryRowOutput From(RowResult r)
    {
        var row = r.Row;
        return new(row.Line, row.Facility, SourceTypes.Key(row.SourceType), row.Material.Key, row.MaterialText, row.Source ?? row.Equipment ?? row.Process,
            row.DataSource, row.Year, row.Month, r.Category, r.Scope, r.Total.Tonnes, TraceOutput.From(r));
    }

    /// <summary>The spelling the factor file uses (docs/factor-precedence.md), so a trace can be matched to its input.</summary>
    private static string OriginKey(FactorOrigin origin) => origin switch
    {
        FactorOrigin.Shipped => "shipped",
        FactorOrigin.Supplier => "supplier",
        FactorOrigin.SelfMeasured => "self_measured",
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    /// <summary>
    /// The trace: input amount and unit, converted amount, factor id and set version, GWP set, kg per gas. A billed row adds its bill
    /// period; a share of a year-crossing bill is marked an estimate allocated by days (BillSplit); refrigerant equipment adds its type
    /// and leak rate.
    /// </summary>
    internal sealed record TraceOutput(
        decimal InputAmount,
        string InputUnit,
        string Unit,
        decimal ConvertedAmount,
        string ConvertedUnit,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BillFrom,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BillTo,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? BillDays,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Estimate,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? BillAmount,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? PartDays,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EquipmentType,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? LeakRatePct,
        decimal FactorBasis,
        string FactorId,
        string FactorSet,
        string FactorSetVersion,
        string FactorOrigin,
        string FactorSource,
        bool FactorIsCo2e,
        string GwpSet,
        IReadOnlyList<GasOutput> Gases,
        decimal KgCo2e)
    {
        public static TraceOutput From(RowResult r)
        {
            var row = r.Row;
            return new(row.Amount, row.UnitText, row.Unit.Key, r.ConvertedAmount, r.ConvertedUnit.Key,
                row.Period?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.Period?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                row.Period?.Days, row.Part is null ? null : true, row.Part?.BillAmount, row.Part?.Days, r.Equipment?.Key, r.Equipment?.LeakRatePercent,
                r.FactorBasis, r.Factor.Id, r.Factor.SetId, r.Factor.SetVersion, OriginKey(r.Factor.Origin), r.Factor.Source, r.Factor.IsCo2e, r.GwpSetId,
                [.. r.Gases.Select(g => new GasOutput(g.Species, g.KgPerUnit, g.Kilograms, g.Gwp, g.Co2e.Kilograms))], r.Total.Kilograms);
        }
    }

    /// <summary>One gas of a row: kg per unit of the converted amount, kg, its GWP (null when the factor is already CO₂e) and kg CO₂e.</summary>
    internal sealed record GasOutput(string Gas, decimal KgPerUnit, decimal Kg, decimal? Gwp, decimal KgCo2e);
}
