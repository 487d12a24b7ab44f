namespace Tanpan.Web.Features.Exports;

/// <summary>
/// The organisation's significance assessment of one emission source (S = R × C × P; null factors are not yet assessed),
/// matched to a source of the documents by facility, source name and material key.
/// </summary>
public sealed record SourceSignificance(string Facility, string Source, string MaterialKey, int? R, int? C, int? P, bool RequiredByLawOrCustomer)
{
    public int? Score => R * C * P;
}
