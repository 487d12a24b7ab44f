using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Cbam;
using Tanpan.Documents.Cbam;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using DocInstallation = Tanpan.Documents.Cbam.CbamTemplateInstallation;

namespace Tanpan.Web.Features.Cbam;

/// <summary>
/// The EU communication template both ways: an installation's goods of a year written into it (processes with their
/// attributed emissions and activity levels, own precursors as links between processes, bought precursors with their
/// values, products per CN code), and a supplier's filled template read as a precursor's values.
/// </summary>
public sealed class CbamTemplateImports(CbamService cbam, CbamCalculation calculation)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The template for the installation's goods of <paramref name="year"/>, or a problem (not found, nothing to write, a good that cannot be computed).</summary>
    public async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(Guid installationId, int? year, CancellationToken cancellationToken)
    {
        if (await cbam.FindInstallationAsync(installationId, cancellationToken) is not { } installation)
        {
            return Problems.NotFound();
        }

        var all = await cbam.GoodsAsync(installationId, cancellationToken);
        var chosen = year ?? (all.Count == 0 ? 0 : all.Max(g => g.Year));
        var goods = all.Where(g => g.Year == chosen).ToList();
        if (goods.Count == 0)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "此設施在該年度沒有 CBAM 貨品可填入範本。", "The installation has no CBAM goods in that year to fill the template with.");
        }

        var run = await calculation.ComputeAsync(chosen, cancellationToken);
        if (run.Issues.Count > 0)
        {
            var first = run.Issues[0];
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, $"無法計算隱含排放：{first.MessageZh}", $"The embedded emissions cannot be computed: {first.MessageEn}");
        }

        var facility = await cbam.Db.Facilities.AsNoTracking().SingleAsync(f => f.Id == installation.FacilityId, cancellationToken);
        var ids = goods.Select(g => g.Id).ToList();
        var precursors = await cbam.Db.CbamPrecursors.AsNoTracking().Where(p => ids.Contains(p.GoodId)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var communication = Communication(installation, facility, chosen, goods, precursors, run);
        using var stream = new MemoryStream();
        CbamTemplateWriter.Write(communication, stream);
        return TypedResults.File(stream.ToArray(), ContentType, $"{installation.Name}_{chosen}_CBAM_communication.xlsx");
    }

    private static CbamCommunication Communication(Data.Entities.CbamInstallation installation, Facility facility, int year, List<CbamGood> goods,
        List<CbamPrecursor> precursors, CbamYear run)
    {
        string Key(Guid id) => "P" + (goods.FindIndex(g => g.Id == id) + 1);
        var bought = precursors.Where(p => p.Source != PrecursorSources.Own || !goods.Any(g => g.Id == p.OwnGoodId)).ToList();
        string BoughtKey(CbamPrecursor p) => "PP" + (bought.IndexOf(p) + 1);
        var processes = goods.Select(g =>
        {
            var see = run.Goods[g.Id].See!;
            return new CbamProcess(Key(g.Id), $"CN {CnCode.Parse(g.CnCode)}", Category(CnCode.Parse(g.CnCode)), Route(Category(CnCode.Parse(g.CnCode))), g.ActivityLevelT,
                see.AttributedDirectTonnes,
                [.. precursors.Where(p => p.GoodId == g.Id).Select(p => new CbamPrecursorUse(bought.Contains(p) ? BoughtKey(p) : Key(p.OwnGoodId!.Value), p.MassT))]);
        }).ToList();
        var purchased = bought.Select(p =>
        {
            var cn = CnCode.Parse(p.CnCode);
            var (direct, source) = p.Source switch
            {
                PrecursorSources.Supplier or PrecursorSources.Pact => (p.SeeDirect ?? 0m, CbamValueSource.Measured),
                PrecursorSources.Default => (SafeDefault(cn), CbamValueSource.Default),
                _ => (0m, CbamValueSource.Unknown),
            };
            return new CbamPurchasedPrecursor(BoughtKey(p), p.Supplier ?? $"CN {cn}", Category(cn), Route(Category(cn)), "TW", p.MassT, direct, source,
                OriginInstallation: p.Evidence, Justification: source == CbamValueSource.Default ? "IR (EU) 2025/2621 Annex I default value" : null);
        }).ToList();
        var products = goods.Select(g => new CbamProduct(Key(g.Id), g.CnCode.Length >= 8 ? g.CnCode[..8] : g.CnCode, $"CN {CnCode.Parse(g.CnCode)}")).ToList();
        var inst = new DocInstallation(installation.Name, "TW", "Taiwan", LocalName: facility.Name, Street: installation.AddressEn, UnLocode: installation.UnLocode);
        return new CbamCommunication(inst, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), [], processes, purchased, products);
    }

    /// <summary>The template's category name for a CN code ("" when none covers it: the writer then refuses the file with its reason).</summary>
    private static string Category(CnCode cn) => CnTemplateCategories.Of(cn) ?? "";

    /// <summary>The template names routes in words (e.g. "Basic oxygen steelmaking"), the default-value table by letter: a category with routes gets "Unknown production routes".</summary>
    private static string? Route(string category) => CbamTemplateCategories.Find(category) is { Routes.Count: > 0 } ? "Unknown production routes" : null;

    private static decimal SafeDefault(CnCode cn)
    {
        try
        {
            return CbamDefaultValues.Shipped.Lookup(cn).Direct;
        }
        catch (CbamException)
        {
            return 0m;
        }
    }

    /// <summary>
    /// Reads a supplier's filled template and adds the product named by <paramref name="cnText"/> (the only one when the file has
    /// one) as a supplier precursor of the good with <paramref name="massT"/> tonnes; nothing is saved when the file or a field is wrong.
    /// </summary>
    public async Task<IResult> AddPrecursorAsync(Guid goodId, Stream upload, string fileName, string? cnText, decimal? massT, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (await cbam.FindGoodAsync(goodId, cancellationToken) is null)
        {
            return Problems.NotFound();
        }

        // The reader bounds the upload (32 MB) and the workbook's memory; a bad file is a list of errors, never an exception.
        var import = CbamTemplateReader.Read(upload);

        var errors = new FieldErrors();
        foreach (var e in import.Errors)
        {
            errors.Add("template", e.Cell is null ? e.MessageZh : $"{e.MessageZh}（{e.Cell}）", e.Cell is null ? e.MessageEn : $"{e.MessageEn} ({e.Cell})");
        }

        CbamImportedProduct? product = null;
        if (import.Succeeded)
        {
            var wanted = string.IsNullOrWhiteSpace(cnText) ? null : CnCode.TryParse(cnText, out var cn) ? cn : null;
            var matches = import.Products.Where(p => wanted is null || p.CnCode.StartsWith(wanted.Digits, StringComparison.Ordinal)).ToList();
            var listed = string.Join("、", import.Products.Select(p => p.CnCode).Distinct());
            if (!string.IsNullOrWhiteSpace(cnText) && wanted is null)
            {
                errors.Add("templateCn", $"CN 稅號格式不正確；輸入：{cnText}。", $"That is not a CN code: {cnText}.");
            }
            else if (matches.Count != 1)
            {
                errors.Add("templateCn", $"請填要採用的產品 CN 稅號（範本中有：{listed}）。", $"Give the CN code of the product to use (the template has: {listed}).");
            }
            else
            {
                product = matches[0];
            }
        }

        if (massT is not >= 0m)
        {
            errors.Add("templateMass", "請填此前驅物的用量（公噸，不可為負數）。", "Enter the tonnes consumed (not negative).");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var supplier = import.Installation?.Name ?? fileName;
        var evidence = $"{Path.GetFileName(fileName)} Summary_Products row {product!.Row}";
        return (await cbam.AddPrecursorAsync(goodId, new PrecursorRequest(product.CnCode, massT, PrecursorSources.Supplier, null, product.SeeDirect,
            product.SeeIndirect, supplier.Length > 300 ? supplier[..300] : supplier, evidence.Length > 300 ? evidence[..300] : evidence), cancellationToken)).Result;
    }
}
