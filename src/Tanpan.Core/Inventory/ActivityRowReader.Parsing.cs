using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Text;
using Tanpan.Core.Units;

namespace Tanpan.Core.Inventory;

/// <summary>The cell parsers: dates, amounts, years and months as people type them in Taiwan, and what 度 means.</summary>
public sealed partial class ActivityRowReader
{
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
}
