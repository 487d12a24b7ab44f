using System.Text.RegularExpressions;

namespace Tanpan.Documents.Pact;

/// <summary>
/// URNs as PACT uses them (RFC 8141; the published schemas check only the <c>urn:</c> prefix). Tanpan's own ids follow
/// the recommended <c>urn:pact:</c> shapes of PACT v3.0 (ADR 0034; productClassifications examples
/// <c>urn:pact:productclassification:un-cpc:1234</c>).
/// </summary>
public static partial class PactUrns
{
    /// <summary>RFC 8141 NID and NSS, loosely: <c>urn:</c>, a 2–32 character namespace id, <c>:</c>, something.</summary>
    public static bool IsUrn(string? text) => text is not null && UrnPattern().IsMatch(text);

    /// <summary>A CN (EU Combined Nomenclature) code as a classification URN; blanks and dots are dropped.</summary>
    public static string CnCode(string code) => "urn:pact:productclassification:cn:" + Digits(code);

    /// <summary>A UN CPC code as a classification URN.</summary>
    public static string UnCpc(string code) => "urn:pact:productclassification:un-cpc:" + Digits(code);

    /// <summary>The CPC code inside a classification URN (<c>…:un-cpc:1234</c> or the v3 examples' <c>urn:cpc:1234</c>), or null.</summary>
    public static string? CpcOf(string urn)
    {
        ArgumentNullException.ThrowIfNull(urn);
        var match = CpcPattern().Match(urn);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string Digits(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return code.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[uU][rR][nN]:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$")]
    private static partial Regex UrnPattern();

    [GeneratedRegex(@"^urn:(?:pact:productclassification:un-cpc|cpc):([0-9]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex CpcPattern();
}
