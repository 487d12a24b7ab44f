using Tanpan.Core.Cbam;

namespace Tanpan.Cli.Cbam;

/// <summary>
/// The JSON form of <c>tanpan cbam defaults</c>: the default value of IR (EU) 2025/2621 Annex I for the code and origin,
/// the mark-up of the year and the marked-up SEE (<c>default_see_t_per_t</c>), exact; the fallback flagged.
/// </summary>
internal sealed record CbamDefaultsOutput(
    string CnCode,
    string Line,
    string Description,
    string Category,
    string Origin,
    int Year,
    decimal DirectTPerT,
    decimal? IndirectTPerT,
    decimal TotalTPerT,
    bool IndirectCounts,
    string? Route,
    decimal MarkupPct,
    decimal DefaultSeeTPerT,
    bool DefaultIsFallback,
    string Source,
    string SourceZh)
{
    public static CbamDefaultsOutput From(CbamDefaultForYear d)
    {
        var v = d.Value;
        return new(v.Requested.ToString(), v.Line.ToString(), v.Description, CbamGoods.Key(v.Category), v.Origin, d.Year,
            Exact.Of(v.Direct), v.Indirect is { } i ? Exact.Of(i) : null, Exact.Of(v.Total), v.IndirectCounts, v.Route,
            Exact.Of(d.MarkupPercent), Exact.Of(d.MarkedUp), v.IsFallback, v.SourceEn, v.SourceZh);
    }
}
