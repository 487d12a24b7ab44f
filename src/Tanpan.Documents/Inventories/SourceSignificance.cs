namespace Tanpan.Documents.Inventories;

/// <summary>
/// The organisation's significance assessment of one emission source (S = R × C × P; null factors are not yet assessed),
/// matched to a source of the documents by facility, source name and material key.
/// </summary>
/// <remarks>R 排放量, C 控制程度, P 數據取得 (1–5 each), as on the source form; significance by <see cref="Core.Sources.SignificanceRule"/>.</remarks>
public sealed record SourceSignificance(string Facility, string Source, string MaterialKey, int? R, int? C, int? P, bool RequiredByLawOrCustomer, int Category = 1)
{
    public int? Score => R * C * P;

    public bool IsSignificant => Core.Sources.SignificanceRule.IsSignificant(Category, Score, RequiredByLawOrCustomer);
}
