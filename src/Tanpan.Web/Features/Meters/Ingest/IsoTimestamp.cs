using System.Buffers.Text;

namespace Tanpan.Web.Features.Meters.Ingest;

/// <summary>
/// The fast path of reading a gateway's timestamp: <c>yyyy-MM-ddTHH:mm:ss</c>, optionally <c>.f</c> to <c>.fffffff</c>,
/// then <c>Z</c> or <c>±hh:mm</c>, read from UTF-8 without a string. It accepts only text that
/// <see cref="DateTimeOffset.TryParse(string?, IFormatProvider?, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>
/// reads to the same instant (tested in ReadingBatchTests); anything else — other shapes, whitespace, years outside
/// 1900–9000, offsets past ±14:00 — returns false and goes the general way, with its error messages.
/// </summary>
internal static class IsoTimestamp
{
    public static bool TryParseUtf8(ReadOnlySpan<byte> s, out long unixSeconds)
    {
        unixSeconds = 0;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':'
            || !Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day)
            || !Digits(s.Slice(11, 2), out var hour) || !Digits(s.Slice(14, 2), out var minute) || !Digits(s.Slice(17, 2), out var second))
        {
            return false;
        }

        if (year is < 1900 or > 9000 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var rest = s[19..];
        if (rest[0] == '.')
        {
            var fraction = 1;
            while (fraction < rest.Length && rest[fraction] is >= (byte)'0' and <= (byte)'9')
            {
                fraction++;
            }

            if (fraction is 1 or > 8)
            {
                return false; // no digit after the point, or more than seven
            }

            rest = rest[fraction..]; // the fraction is dropped: Unix seconds are whole, as ToUnixTimeSeconds truncates
        }

        int offsetSeconds;
        if (rest.Length == 1 && rest[0] == 'Z')
        {
            offsetSeconds = 0;
        }
        else if (rest.Length == 6 && rest[0] is (byte)'+' or (byte)'-' && rest[3] == ':'
                 && Digits(rest.Slice(1, 2), out var offsetHours) && Digits(rest.Slice(4, 2), out var offsetMinutes)
                 && offsetMinutes <= 59 && (offsetHours * 60) + offsetMinutes <= 14 * 60)
        {
            offsetSeconds = ((offsetHours * 60) + offsetMinutes) * 60 * (rest[0] == '-' ? -1 : 1);
        }
        else
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        unixSeconds = ((local.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond) - offsetSeconds;
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> digits, out int value) =>
        Utf8Parser.TryParse(digits, out value, out var consumed) && consumed == digits.Length && digits[0] is >= (byte)'0' and <= (byte)'9';
}
