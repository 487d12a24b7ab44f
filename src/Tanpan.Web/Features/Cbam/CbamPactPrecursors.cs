using Tanpan.Core.Cbam;
using Tanpan.Documents.Pact;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Cbam;

/// <summary>
/// A supplier's PACT footprint (v2 or v3 JSON, Documents' tolerant reader) as a precursor's SEE: kg CO2e per kg of product
/// is t CO2e per t — the footprint excluding biogenic uptake per declared unit, divided by the kilograms per declared unit
/// unless the unit is the kilogram — counted as direct (Core's reading, docs/cbam.md). The footprint is chosen by the CN
/// code it is classified under (<c>urn:pact:productclassification:cn:…</c>) or is the only one in the file.
/// </summary>
public sealed class CbamPactPrecursors(CbamService cbam)
{
    public async Task<IResult> AddAsync(Guid goodId, Stream upload, string? cnText, decimal? massT, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (await cbam.FindGoodAsync(goodId, cancellationToken) is null)
        {
            return Problems.NotFound();
        }

        var errors = new FieldErrors();
        IReadOnlyList<PactFootprint> footprints = [];
        try
        {
            footprints = PactReader.ReadMany(upload);
        }
        catch (PactFormatException e)
        {
            errors.Add("template", $"無法讀取 PACT 碳足跡：{e.MessageZh}", $"The PACT footprint cannot be read: {e.Message}");
        }

        var wanted = string.IsNullOrWhiteSpace(cnText) ? null : CnCode.TryParse(cnText, out var cn) ? cn : null;
        if (!string.IsNullOrWhiteSpace(cnText) && wanted is null)
        {
            errors.Add("templateCn", $"CN 稅號格式不正確；輸入：{cnText}。", $"That is not a CN code: {cnText}.");
        }

        PactFootprint? chosen = null;
        string? code = null;
        if (!errors.Any && footprints.Count > 0)
        {
            // By the CN code given; a lone footprint that names no CN code takes the one the user gives.
            IReadOnlyList<PactFootprint> matches = wanted is null ? footprints : [.. footprints.Where(f => CnOf(f)?.StartsWith(wanted.Digits, StringComparison.Ordinal) == true)];
            if (wanted is not null && matches.Count == 0 && footprints is [var lone] && CnOf(lone) is null)
            {
                matches = [lone];
            }

            if (matches.Count != 1)
            {
                errors.Add("templateCn", $"檔案中有 {footprints.Count} 筆碳足跡，請填要採用之產品的 CN 稅號。",
                    $"The file holds {footprints.Count} footprints; give the CN code of the product to use.");
            }
            else
            {
                chosen = matches[0];
                code = wanted?.Digits ?? CnOf(chosen);
                if (code is null)
                {
                    errors.Add("templateCn", "此碳足跡未標示 CN 稅號，請填寫。", "The footprint names no CN code; give it.");
                }
            }
        }

        decimal? see = chosen switch
        {
            null => null,
            { DeclaredUnit: PactDeclaredUnit.Kilogram } f => f.PcfExcludingBiogenicUptake,
            { ProductMassPerDeclaredUnit: > 0m } f => f.PcfExcludingBiogenicUptake / f.ProductMassPerDeclaredUnit!.Value,
            _ => null,
        };
        if (chosen is not null && see is null)
        {
            errors.Add("template", "此碳足跡的宣告單位不是公斤，也未載明每單位質量，無法換算為每公噸排放。",
                "The footprint's declared unit is not the kilogram and it gives no mass per unit, so it cannot be brought to tonnes per tonne.");
        }

        if (massT is not >= 0m)
        {
            errors.Add("templateMass", "請填此前驅物的用量（公噸，不可為負數）。", "Enter the tonnes consumed (not negative).");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var supplier = chosen!.CompanyName.Length > 300 ? chosen.CompanyName[..300] : chosen.CompanyName;
        return (await cbam.AddPrecursorAsync(goodId, new PrecursorRequest(code, massT, PrecursorSources.Pact, null, see, null, supplier, $"PACT {chosen.Id}"),
            cancellationToken)).Result;
    }

    /// <summary>The CN code a footprint is classified under, digits only, or null.</summary>
    private static string? CnOf(PactFootprint footprint) =>
        footprint.ProductClassifications.Select(c => c.Split(':')).Where(p => p.Length >= 2 && p[^2].Equals("cn", StringComparison.OrdinalIgnoreCase))
            .Select(p => p[^1]).FirstOrDefault();
}
