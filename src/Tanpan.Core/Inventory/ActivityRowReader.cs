using System.Globalization;
using System.Text;
using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Core.Text;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>
/// Turns a <see cref="RawActivityRecord"/> into an <see cref="ActivityRow"/>, or lists every problem
/// of the row: missing value, unknown source type, material or unit, negative or non-numeric amount,
/// impossible year or month. Amounts accept thousands separators and full-width digits; years accept
/// AD (2021) and ROC (110, 110年) forms.
/// </summary>
public sealed class ActivityRowReader
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

        SourceType? type = null;
        if (typeText is not null && (type = _types.Get(typeText)) is null)
        {
            Fail(issues, line, ActivityColumn.SourceType, $"不明的排放型式「{typeText}」（可用：固定燃燒、移動燃燒、製程、逸散、外購電力、外購蒸汽）",
                $"unknown source type '{typeText}' (use stationary, mobile, process, fugitive, electricity or steam)");
        }

        Material? material = null;
        if (materialText is not null && (material = _materials.Get(materialText)) is null)
        {
            Fail(issues, line, ActivityColumn.Material, $"不明的原燃物料「{materialText}」（可用 tanpan factors search 查詢名稱）",
                $"unknown material '{materialText}' (look names up with: tanpan factors search)");
        }

        decimal amount = 0;
        if (amountText is not null)
        {
            if (!TryParseAmount(amountText, out amount))
            {
                Fail(issues, line, ActivityColumn.Activity, $"活動數據「{amountText}」不是數字", $"activity '{amountText}' is not a number");
            }
            else if (amount < 0)
            {
                Fail(issues, line, ActivityColumn.Activity, $"活動數據不可為負數（{amountText}）", $"activity must not be negative ({amountText})");
            }
        }

        Unit? unit = null;
        if (unitText is not null)
        {
            unit = _units.Get((unitText, DuMeaning(material)));
            if (unit is null && UnitResolver.IsDu(unitText) && material is not null)
            {
                Fail(issues, line, ActivityColumn.Unit, $"「{unitText}」只用於電力（kWh）或管線燃氣（m³），不適用於「{material.NameZh}」",
                    $"'{unitText}' means kWh for electricity or m³ for piped gas; it does not fit {material.NameEn}");
            }
            else if (unit is null && !UnitResolver.IsDu(unitText))
            {
                Fail(issues, line, ActivityColumn.Unit, $"不明的單位「{unitText}」", $"unknown unit '{unitText}'");
            }
        }

        var year = yearText is null ? 0 : _years.Get(yearText) ?? 0;
        if (yearText is not null && year == 0)
        {
            Fail(issues, line, ActivityColumn.Year, $"年度「{yearText}」無效（西元 {FirstYear}–{LastYear} 或民國年）",
                $"year '{yearText}' is not valid (AD {FirstYear}–{LastYear} or an ROC year)");
        }

        int? month = null;
        var monthText = Optional(raw, ActivityColumn.Month);
        if (monthText is not null)
        {
            if (TryParseMonth(monthText, out var m))
            {
                month = m;
            }
            else
            {
                Fail(issues, line, ActivityColumn.Month, $"月份「{monthText}」無效（1–12）", $"month '{monthText}' is not 1–12");
            }
        }

        if (period is { } p && issues.Count == before)
        {
            // The bill is booked under the month of its last day; a year or month typed beside the period must say the same.
            if ((yearText is not null && year != p.To.Year) || (month is not null && month != p.To.Month))
            {
                Fail(issues, line, ActivityColumn.Year, $"年度／月份須為計費期間迄日 {p.To:yyyy-MM-dd} 的年月（或留空）",
                    $"year/month must be those of the bill's last day {p.To:yyyy-MM-dd} (or empty)");
            }

            (year, month) = (p.To.Year, p.To.Month);
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

    /// <summary>
    /// The bill period of the row (period_from, period_to, both inclusive), null when neither is given; a half-given,
    /// unreadable, reversed or over-long period is an issue.
    /// </summary>
    private static BillPeriod? ReadPeriod(RawActivityRecord raw, List<ActivityIssue> issues)
    {
        var fromText = Optional(raw, ActivityColumn.PeriodFrom);
        var toText = Optional(raw, ActivityColumn.PeriodTo);
        if (fromText is null && toText is null)
        {
            return null;
        }

        var before = issues.Count;
        DateOnly from = default, to = default;
        foreach (var (column, text) in new[] { (ActivityColumn.PeriodFrom, fromText), (ActivityColumn.PeriodTo, toText) })
        {
            if (text is null)
            {
                Fail(issues, raw.Line, column, $"計費期間須同時填寫起日與迄日（缺少{ActivityColumns.NameZh(column)}）",
                    $"a bill period needs both dates ({ActivityColumns.Key(column)} is empty)");
            }
            else if (!TryParseDate(text, out var date))
            {
                Fail(issues, raw.Line, column, $"日期「{text}」無效（例：2024-12-16 或民國 113/12/16）", $"date '{text}' is not valid (e.g. 2024-12-16 or ROC 113/12/16)");
            }
            else if (column == ActivityColumn.PeriodFrom)
            {
                from = date;
            }
            else
            {
                to = date;
            }
        }

        if (issues.Count > before)
        {
            return null;
        }

        var period = new BillPeriod(from, to);
        if (to < from || period.Days > BillPeriod.MaxDays)
        {
            Fail(issues, raw.Line, ActivityColumn.PeriodTo, $"計費期間 {from:yyyy-MM-dd}–{to:yyyy-MM-dd} 無效（迄日不可早於起日，且不超過 {BillPeriod.MaxDays} 日）",
                $"bill period {from:yyyy-MM-dd}–{to:yyyy-MM-dd} is not valid (it must not end before it starts or last more than {BillPeriod.MaxDays} days)");
            return null;
        }

        return period;
    }

    /// <summary>Parses a date: AD 2024-12-16, 2024/12/16, 2024.12.16 or ROC 113/12/16, 113-12-16, 民國113年12月16日; 1990–2100.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        date = default;
        var s = TextKey.Compatible(text).Trim().Replace("民國", "", StringComparison.Ordinal).TrimEnd('日');
        var parts = s.Split(['-', '/', '.', '年', '月'], StringSplitOptions.TrimEntries);
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return false;
        }

        if (y is >= FirstYear - RocOffset and <= LastYear - RocOffset)
        {
            y += RocOffset;
        }

        if (y is < FirstYear or > LastYear || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>Parses an amount: invariant digits, optional thousands separators, full-width digits allowed.</summary>
    public static bool TryParseAmount(string text, out decimal amount)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = TextKey.Compatible(text).Trim();
        if (s.Contains(',', StringComparison.Ordinal) && !HasThousandsGrouping(s))
        {
            // "2,5" is a decimal comma or a typo, never 25: refuse it rather than guess.
            amount = 0;
            return false;
        }

        return decimal.TryParse(s, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>Commas only as thousands separators: 1 to 3 digits, then groups of exactly 3, before any decimal point.</summary>
    private static bool HasThousandsGrouping(string s)
    {
        var integer = s.AsSpan().TrimStart("+-");
        var point = integer.IndexOf('.');
        if (point >= 0)
        {
            integer = integer[..point];
        }

        var groups = integer.ToString().Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) && groups.All(g => g.All(char.IsAsciiDigit));
    }

    /// <summary>Parses a year in AD (2021, 2021年) or ROC (110, 民國110年) form into AD.</summary>
    public static bool TryParseYear(string text, out int year)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = TextKey.Compatible(text).Trim().Replace("民國", "", StringComparison.Ordinal).TrimEnd('年').Trim();
        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            return false;
        }

        if (year is >= FirstYear - RocOffset and <= LastYear - RocOffset)
        {
            year += RocOffset;
        }

        return year is >= FirstYear and <= LastYear;
    }

    private static bool TryParseMonth(string text, out int month)
    {
        var s = TextKey.Compatible(text).Trim().TrimEnd('月').Trim();
        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out month) && month is >= 1 and <= 12;
    }

    /// <summary>What 度 means for a material: kWh for electricity, m³ for piped gas, else nothing (rejected).</summary>
    public static Dimension? DuMeaning(Material? material) => material switch
    {
        { Kind: MaterialKind.Electricity } => Dimension.Energy,
        not null when PipedGases.Contains(material.Key) => Dimension.Volume,
        _ => null,
    };

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
