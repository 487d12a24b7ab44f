using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Core.Text;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>
/// Turns a <see cref="RawActivityRecord"/> into an <see cref="ActivityRow"/>, or lists every problem
/// of the row: missing value, unknown source type, material or unit, negative or non-numeric amount,
/// impossible year or month. Amounts accept thousands separators and full-width digits; years accept
/// AD (2021) and ROC (110, 110年) forms. One step per cell here; the bill period in
/// <c>ActivityRowReader.Period.cs</c>, the parsers in <c>ActivityRowReader.Parsing.cs</c>.
/// </summary>
public sealed partial class ActivityRowReader
{
    private const int FirstYear = 1990;
    private const int LastYear = 2100;
    private const int RocOffset = 1911;

    /// <summary>Materials on whose bills 度 means a cubic metre of gas.</summary>
    private static readonly HashSet<string> PipedGases = new(StringComparer.Ordinal)
    {
        "natural_gas", "natural_gas_ng2", "lng", "cng", "refinery_gas", "coke_oven_gas", "blast_furnace_gas",
    };

    private readonly LookupCache<string, Material?> _materials;
    private readonly LookupCache<string, SourceType?> _types = new(SourceTypes.Parse);
    private readonly LookupCache<(string, Dimension?), Unit?> _units = new(k => UnitResolver.Resolve(k.Item1, k.Item2));
    private readonly LookupCache<string, int?> _years = new(t => TryParseYear(t, out var y) ? y : null);

    public ActivityRowReader(MaterialCatalog materials)
    {
        ArgumentNullException.ThrowIfNull(materials);
        _materials = new LookupCache<string, Material?>(materials.Find);
    }

    public ActivityRow? Read(RawActivityRecord raw, List<ActivityIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(issues);
        if (raw.Problem is { } problem)
        {
            issues.Add(problem);
            return null;
        }

        // Issues are listed in this order: the empty required cells, the bill period, then each cell's value.
        var before = issues.Count;
        var line = raw.Line;
        var facility = Required(raw, ActivityColumn.Facility, issues);
        var typeText = Required(raw, ActivityColumn.SourceType, issues);
        var materialText = Required(raw, ActivityColumn.Material, issues);
        var amountText = Required(raw, ActivityColumn.Activity, issues);
        var unitText = Required(raw, ActivityColumn.Unit, issues);
        var period = ReadPeriod(raw, issues);
        var billed = Optional(raw, ActivityColumn.PeriodFrom) is not null || Optional(raw, ActivityColumn.PeriodTo) is not null;
        var yearText = billed ? Optional(raw, ActivityColumn.Year) : Required(raw, ActivityColumn.Year, issues);

        var type = ReadType(line, typeText, issues);
        var material = ReadMaterial(line, materialText, issues);
        var amount = ReadAmount(line, amountText, issues);
        var unit = ReadUnit(line, unitText, material, issues);
        var year = ReadYear(line, yearText, issues);
        var month = ReadMonth(raw, issues);
        if (period is { } p && issues.Count == before)
        {
            (year, month) = BookUnderLastDay(line, p, yearText, year, month, issues);
        }

        if (issues.Count > before || type is null || material is null || unit is null)
        {
            return null;
        }

        return new ActivityRow(line, facility!, type.Value, material, materialText!, amount, unit, unitText!, year, month)
        {
            Period = period,
            Source = Optional(raw, ActivityColumn.Source),
            Process = Optional(raw, ActivityColumn.Process),
            Equipment = Optional(raw, ActivityColumn.Equipment),
            EquipmentType = Optional(raw, ActivityColumn.EquipmentType),
            DataSource = Optional(raw, ActivityColumn.DataSource),
            Evidence = Optional(raw, ActivityColumn.Evidence),
        };
    }

    private SourceType? ReadType(int line, string? text, List<ActivityIssue> issues)
    {
        SourceType? type = null;
        if (text is not null && (type = _types.Get(text)) is null)
        {
            Fail(issues, line, ActivityColumn.SourceType, $"不明的排放型式「{text}」（可用：固定燃燒、移動燃燒、製程、逸散、外購電力、外購蒸汽）",
                $"unknown source type '{text}' (use stationary, mobile, process, fugitive, electricity or steam)");
        }

        return type;
    }

    private Material? ReadMaterial(int line, string? text, List<ActivityIssue> issues)
    {
        Material? material = null;
        if (text is not null && (material = _materials.Get(text)) is null)
        {
            Fail(issues, line, ActivityColumn.Material, $"不明的原燃物料「{text}」（可用 tanpan factors search 查詢名稱）",
                $"unknown material '{text}' (look names up with: tanpan factors search)");
        }

        return material;
    }

    private static decimal ReadAmount(int line, string? text, List<ActivityIssue> issues)
    {
        decimal amount = 0;
        if (text is null)
        {
            return amount;
        }

        if (!TryParseAmount(text, out amount))
        {
            Fail(issues, line, ActivityColumn.Activity, $"活動數據「{text}」不是數字", $"activity '{text}' is not a number");
        }
        else if (amount < 0)
        {
            Fail(issues, line, ActivityColumn.Activity, $"活動數據不可為負數（{text}）", $"activity must not be negative ({text})");
        }

        return amount;
    }

    /// <summary>The unit, with 度 read as kWh or m³ according to the material (<see cref="DuMeaning"/>).</summary>
    private Unit? ReadUnit(int line, string? text, Material? material, List<ActivityIssue> issues)
    {
        if (text is null)
        {
            return null;
        }

        var unit = _units.Get((text, DuMeaning(material)));
        if (unit is null && UnitResolver.IsDu(text) && material is not null)
        {
            Fail(issues, line, ActivityColumn.Unit, $"「{text}」只用於電力（kWh）或管線燃氣（m³），不適用於「{material.NameZh}」",
                $"'{text}' means kWh for electricity or m³ for piped gas; it does not fit {material.NameEn}");
        }
        else if (unit is null && !UnitResolver.IsDu(text))
        {
            Fail(issues, line, ActivityColumn.Unit, $"不明的單位「{text}」", $"unknown unit '{text}'");
        }

        return unit;
    }

    /// <summary>The year in AD, 0 when the cell is empty or invalid.</summary>
    private int ReadYear(int line, string? text, List<ActivityIssue> issues)
    {
        var year = text is null ? 0 : _years.Get(text) ?? 0;
        if (text is not null && year == 0)
        {
            Fail(issues, line, ActivityColumn.Year, $"年度「{text}」無效（西元 {FirstYear}–{LastYear} 或民國年）",
                $"year '{text}' is not valid (AD {FirstYear}–{LastYear} or an ROC year)");
        }

        return year;
    }

    private static int? ReadMonth(RawActivityRecord raw, List<ActivityIssue> issues)
    {
        var text = Optional(raw, ActivityColumn.Month);
        if (text is null)
        {
            return null;
        }

        if (TryParseMonth(text, out var month))
        {
            return month;
        }

        Fail(issues, raw.Line, ActivityColumn.Month, $"月份「{text}」無效（1–12）", $"month '{text}' is not 1–12");
        return null;
    }

    private static string? Required(RawActivityRecord raw, ActivityColumn column, List<ActivityIssue> issues)
    {
        var value = Optional(raw, column);
        if (value is null)
        {
            Fail(issues, raw.Line, column, $"缺少{ActivityColumns.NameZh(column)}", $"{ActivityColumns.Key(column)} is empty");
        }

        return value;
    }

    private static void Fail(List<ActivityIssue> issues, int line, ActivityColumn column, string zh, string en) =>
        issues.Add(new ActivityIssue(line, ActivityColumns.Key(column), zh, en));

    private static string? Optional(RawActivityRecord raw, ActivityColumn column)
    {
        var value = raw[column];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
