using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Cbam;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Cbam;

/// <summary>Goods of an installation and their precursors: create, change, delete, each validated whole.</summary>
public sealed partial class CbamService
{
    public async Task<Results<Created<CbamGood>, ValidationProblem, ProblemHttpResult>> CreateGoodAsync(Guid installationId, GoodRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CanRead || !await db.CbamInstallations.AsNoTracking().AnyAsync(i => i.Id == installationId, cancellationToken))
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        var good = new CbamGood { Id = Guid.CreateVersion7(), InstallationId = installationId, CnCode = "", CreatedAt = clock.GetUtcNow() };
        if (await ApplyAsync(good, request, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        db.CbamGoods.Add(good);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/cbam/goods/{good.Id}", good);
    }

    public async Task<Results<Ok<CbamGood>, ValidationProblem, ProblemHttpResult>> UpdateGoodAsync(Guid id, GoodRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CanRead || await db.CbamGoods.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } good)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (request.RowVersion is int version && version != good.RowVersion)
        {
            return Problems.Conflict("此貨品已被他人修改，請重新載入後再改。", "Someone else changed this good; reload it and try again.");
        }

        if (await ApplyAsync(good, request, cancellationToken) is { } invalid)
        {
            db.ChangeTracker.Clear();
            return invalid;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(good);
    }

    public async Task<Results<NoContent, ProblemHttpResult>> DeleteGoodAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.CbamGoods.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } good)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (await UsersOfAsync([id], cancellationToken) is { } used)
        {
            return used;
        }

        db.CbamPrecursors.RemoveRange(await db.CbamPrecursors.Where(p => p.GoodId == id).ToListAsync(cancellationToken));
        db.CbamGoods.Remove(good);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public async Task<Results<Created<CbamPrecursor>, ValidationProblem, ProblemHttpResult>> AddPrecursorAsync(Guid goodId, PrecursorRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CanRead || await db.CbamGoods.AsNoTracking().SingleOrDefaultAsync(g => g.Id == goodId, cancellationToken) is not { } good)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        var errors = new FieldErrors();
        var cn = Cn(errors, "precursorCn", request.CnCode);
        if (request.MassT is not decimal mass || mass < 0m)
        {
            errors.Add("massT", "請填前驅物用量（公噸，不可為負數）。", "Enter the tonnes of precursor consumed (not negative).");
        }

        var source = PrecursorSources.All.Contains(request.Source ?? "") ? request.Source! : null;
        if (source is null)
        {
            errors.Add("source", "請選擇隱含排放的來源。", "Choose where the embedded emissions come from.");
        }
        else if (source == PrecursorSources.Own)
        {
            if (request.OwnGoodId is not Guid own || own == goodId || !await db.CbamGoods.AsNoTracking().AnyAsync(g => g.Id == own && g.Year == good.Year, cancellationToken))
            {
                errors.Add("ownGoodId", "請選擇同一年度、本公司自製的另一項貨品。", "Choose another good of your own made in the same year.");
            }
            else if (await ReachesAsync(own, goodId, cancellationToken))
            {
                errors.Add("ownGoodId", "此前驅物（直接或間接）又用到本貨品，形成循環。", "That precursor uses this good (directly or through others): a loop.");
            }
        }
        else if (source is PrecursorSources.Supplier or PrecursorSources.Pact && request.SeeDirect is not >= 0m)
        {
            errors.Add("seeDirect", "請填供應商提供的直接隱含排放（tCO2e/公噸，不可為負數）。", "Enter the supplier's direct embedded emissions (tCO2e/t, not negative).");
        }

        if (request.SeeIndirect is < 0m)
        {
            errors.Add("seeIndirect", "間接隱含排放不可為負數。", "Indirect embedded emissions cannot be negative.");
        }

        var supplier = errors.Text("supplier", request.Supplier, 300, required: source is PrecursorSources.Supplier or PrecursorSources.Pact);
        var evidence = errors.Text("evidence", request.Evidence, 300);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var keep = source is PrecursorSources.Supplier or PrecursorSources.Pact;
        var precursor = new CbamPrecursor
        {
            Id = Guid.CreateVersion7(), GoodId = goodId, CnCode = cn!.Digits, MassT = request.MassT!.Value, Source = source!,
            OwnGoodId = source == PrecursorSources.Own ? request.OwnGoodId : null, SeeDirect = keep ? request.SeeDirect : null,
            SeeIndirect = keep ? request.SeeIndirect : null, Supplier = supplier, Evidence = evidence,
        };
        db.CbamPrecursors.Add(precursor);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/cbam/goods/{goodId}", precursor);
    }

    public async Task<Results<NoContent, ProblemHttpResult>> RemovePrecursorAsync(Guid goodId, Guid precursorId, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.CbamPrecursors.SingleOrDefaultAsync(p => p.Id == precursorId && p.GoodId == goodId, cancellationToken) is not { } precursor)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        db.CbamPrecursors.Remove(precursor);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>True when <paramref name="from"/> consumes <paramref name="target"/>, directly or through other own precursors.</summary>
    private async Task<bool> ReachesAsync(Guid from, Guid target, CancellationToken cancellationToken)
    {
        var edges = (await db.CbamPrecursors.AsNoTracking().Where(p => p.OwnGoodId != null).Select(p => new { p.GoodId, Own = p.OwnGoodId!.Value })
            .ToListAsync(cancellationToken)).ToLookup(e => e.GoodId, e => e.Own);
        var seen = new HashSet<Guid>();
        var stack = new Stack<Guid>([from]);
        while (stack.TryPop(out var next))
        {
            if (next == target)
            {
                return true;
            }

            foreach (var own in edges[next].Where(seen.Add))
            {
                stack.Push(own);
            }
        }

        return false;
    }

    private async Task<ValidationProblem?> ApplyAsync(CbamGood good, GoodRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var cn = Cn(errors, "cnCode", request.CnCode);
        var route = errors.Text("route", request.Route, 10)?.ToUpperInvariant();
        if (request.Year is not (>= 2023 and <= 2100))
        {
            errors.Add("year", "請填報告年度（西元年，2023 以後）。", "Enter the reporting year (2023 or later).");
        }

        if (request.ActivityLevelT is not > 0m)
        {
            errors.Add("activityLevelT", "活動水準須大於 0 公噸（不含不合格品、副產品、廢棄物與廢料）。",
                "The activity level must be above 0 t (off-spec product, by-products, waste and scrap excluded).");
        }

        switch (request.DirectSharePct, request.DirectEmissionsT)
        {
            case (null, null):
                errors.Add("directSharePct", "請填歸屬的直接排放：廠區直接排放的百分比，或直接填公噸數。",
                    "Give the attributed direct emissions: a share of the facility's direct emissions, or tonnes.");
                break;
            case (not null, not null):
                errors.Add("directEmissionsT", "百分比與公噸數只能擇一填寫。", "Give either the share or the tonnes, not both.");
                break;
            case ({ } share, null) when share is < 0m or > 100m:
                errors.Add("directSharePct", "百分比須在 0 到 100 之間。", "The share is between 0 and 100.");
                break;
            case (null, { } tonnes) when tonnes < 0m:
                errors.Add("directEmissionsT", "排放量不可為負數。", "Emissions cannot be negative.");
                break;
        }

        if (request.IndirectSharePct is < 0m or > 100m)
        {
            errors.Add("indirectSharePct", "百分比須在 0 到 100 之間。", "The share is between 0 and 100.");
        }

        foreach (var (field, value) in new[] { ("exportedT", request.ExportedT), ("heatImportT", request.HeatImportT), ("heatExportT", request.HeatExportT),
            ("wasteGasImportT", request.WasteGasImportT), ("wasteGasExportT", request.WasteGasExportT), ("electricityProducedT", request.ElectricityProducedT) })
        {
            if (value is < 0m)
            {
                errors.Add(field, "不可為負數。", "Cannot be negative.");
            }
        }

        if (cn is not null && request.Year is int year
            && await db.CbamGoods.AsNoTracking().AnyAsync(g => g.Id != good.Id && g.InstallationId == good.InstallationId && g.Year == year && g.CnCode == cn.Digits
                && g.Route == route, cancellationToken))
        {
            errors.Add("cnCode", $"此設施 {year} 年已有 CN {cn} 的貨品。", $"This installation already has a good with CN {cn} for {year}.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        (good.CnCode, good.Route, good.Year, good.ActivityLevelT) = (cn!.Digits, route, request.Year!.Value, request.ActivityLevelT!.Value);
        (good.DirectSharePct, good.DirectEmissionsT, good.IndirectSharePct, good.ExportedT) = (request.DirectSharePct, request.DirectEmissionsT, request.IndirectSharePct,
            request.ExportedT ?? 0m);
        (good.HeatImportT, good.HeatExportT, good.WasteGasImportT, good.WasteGasExportT, good.ElectricityProducedT) = (request.HeatImportT ?? 0m, request.HeatExportT ?? 0m,
            request.WasteGasImportT ?? 0m, request.WasteGasExportT ?? 0m, request.ElectricityProducedT ?? 0m);
        return null;
    }

    /// <summary>A CN code that is a CBAM good (Regulation (EU) 2023/956 Annex I), or null with the field's error.</summary>
    private static CnCode? Cn(FieldErrors errors, string field, string? text)
    {
        if (!CnCode.TryParse(text, out var cn))
        {
            errors.Add(field, $"CN 稅號為 4、6、8 或 10 位數字（例如 7318 15 00）；輸入：{text?.Trim()}。",
                $"A CN code has 4, 6, 8 or 10 digits (e.g. 7318 15 00); typed: {text?.Trim()}.");
            return null;
        }

        if (CbamGoods.Category(cn) is null)
        {
            errors.Add(field, $"CN {cn} 不是 CBAM 涵蓋的貨品（歐盟 2023/956 號規則附件一）。", $"CN {cn} is not a CBAM good (Regulation (EU) 2023/956 Annex I).");
            return null;
        }

        return cn;
    }
}
