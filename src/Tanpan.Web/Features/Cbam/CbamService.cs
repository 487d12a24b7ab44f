using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Cbam;

/// <summary>
/// The organisation's CBAM installations, goods and precursors for the CBAM pages. Owners and editors write, viewers
/// read, verifiers see none (like products). Every id a request names is looked up through the tenant filter, so another
/// organisation's id is simply not found; nothing is saved unless the whole request is valid.
/// </summary>
public sealed partial class CbamService(AppDbContext db, TenantContext tenant, TimeProvider clock)
{
    public AppDbContext Db => db;

    public bool CanRead => tenant.CanRead();

    public bool CanWrite => tenant.CanWrite();

    public async Task<List<CbamInstallation>> InstallationsAsync(CancellationToken cancellationToken) =>
        CanRead ? [.. (await db.CbamInstallations.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(i => i.Name, StringComparer.Ordinal)] : [];

    public async Task<CbamInstallation?> FindInstallationAsync(Guid id, CancellationToken cancellationToken) =>
        CanRead ? await db.CbamInstallations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) : null;

    public async Task<List<CbamGood>> GoodsAsync(Guid? installationId, CancellationToken cancellationToken) =>
        !CanRead ? [] :
        [.. (await db.CbamGoods.AsNoTracking().Where(g => installationId == null || g.InstallationId == installationId).ToListAsync(cancellationToken))
            .OrderByDescending(g => g.Year).ThenBy(g => g.CnCode, StringComparer.Ordinal).ThenBy(g => g.Route, StringComparer.Ordinal)];

    public async Task<CbamGood?> FindGoodAsync(Guid id, CancellationToken cancellationToken) =>
        CanRead ? await db.CbamGoods.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken) : null;

    public async Task<List<CbamPrecursor>> PrecursorsAsync(Guid goodId, CancellationToken cancellationToken) =>
        !CanRead ? [] : [.. (await db.CbamPrecursors.AsNoTracking().Where(p => p.GoodId == goodId).ToListAsync(cancellationToken)).OrderBy(p => p.CnCode, StringComparer.Ordinal)];

    public async Task<Results<Created<CbamInstallation>, ValidationProblem, ProblemHttpResult>> CreateInstallationAsync(InstallationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CanWrite)
        {
            return CanRead ? Problems.ReadOnly() : Problems.NotFound();
        }

        var installation = new CbamInstallation { Id = Guid.CreateVersion7(), Name = "", CreatedAt = clock.GetUtcNow() };
        if (await ApplyAsync(installation, request, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        db.CbamInstallations.Add(installation);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/cbam/installations/{installation.Id}", installation);
    }

    public async Task<Results<Ok<CbamInstallation>, ValidationProblem, ProblemHttpResult>> UpdateInstallationAsync(Guid id, InstallationRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CanRead || await db.CbamInstallations.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } installation)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (request.RowVersion is int version && version != installation.RowVersion)
        {
            return Problems.Conflict("此設施已被他人修改，請重新載入後再改。", "Someone else changed this installation; reload it and try again.");
        }

        if (await ApplyAsync(installation, request, cancellationToken) is { } invalid)
        {
            db.ChangeTracker.Clear();
            return invalid;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(installation);
    }

    /// <summary>Deletes an installation with its goods and their precursors; refused while another installation's good consumes one of them.</summary>
    public async Task<Results<NoContent, ProblemHttpResult>> DeleteInstallationAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.CbamInstallations.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } installation)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        var goods = await db.CbamGoods.Where(g => g.InstallationId == id).ToListAsync(cancellationToken);
        var ids = goods.Select(g => g.Id).ToList();
        if (await UsersOfAsync(ids, cancellationToken) is { } used)
        {
            return used;
        }

        // Through EF (not the database's cascade) so each row gets its audit entry.
        db.CbamPrecursors.RemoveRange(await db.CbamPrecursors.Where(p => ids.Contains(p.GoodId)).ToListAsync(cancellationToken));
        db.CbamGoods.RemoveRange(goods);
        db.CbamInstallations.Remove(installation);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A conflict naming the goods that consume one of <paramref name="goodIds"/> as their own precursor (outside that set), or null.</summary>
    private async Task<ProblemHttpResult?> UsersOfAsync(List<Guid> goodIds, CancellationToken cancellationToken)
    {
        var users = await db.CbamPrecursors.Where(p => p.OwnGoodId != null && goodIds.Contains(p.OwnGoodId.Value) && !goodIds.Contains(p.GoodId))
            .Join(db.CbamGoods, p => p.GoodId, g => g.Id, (p, g) => g.CnCode + " (" + g.Year + ")").Distinct().ToListAsync(cancellationToken);
        if (users.Count == 0)
        {
            return null;
        }

        var list = string.Join("、", users.Order(StringComparer.Ordinal));
        return Problems.Conflict($"貨品 {list} 以此為前驅物，請先移除該前驅物。", $"The goods {list} use this as a precursor; remove that precursor first.");
    }

    private async Task<ValidationProblem?> ApplyAsync(CbamInstallation installation, InstallationRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 200, required: true);
        var address = errors.Text("addressEn", request.AddressEn, 300);
        var locode = errors.Text("unLocode", request.UnLocode, 5)?.ToUpperInvariant();
        // UN/LOCODE: two-letter country code then three letters or digits 2–9 (UNECE Recommendation 16).
        if (locode is not null && (locode.Length != 5 || !locode[..2].All(char.IsAsciiLetterUpper) || !locode[2..].All(c => char.IsAsciiLetterUpper(c) || c is >= '2' and <= '9')))
        {
            errors.Add("unLocode", $"UN/LOCODE 為 5 碼：國家代碼 2 個英文字母加地點 3 碼（例如 TWKHH）；輸入：{request.UnLocode}。",
                $"A UN/LOCODE has 5 characters: the 2-letter country code and 3 for the place (e.g. TWKHH); typed: {request.UnLocode}.");
        }

        if (request.FacilityId is not Guid facilityId || !await db.Facilities.AsNoTracking().AnyAsync(f => f.Id == facilityId, cancellationToken))
        {
            errors.Add("facilityId", "請選擇此設施所屬的廠區。", "Choose the facility this installation is (part of).");
        }

        if (name is not null && await db.CbamInstallations.AsNoTracking().AnyAsync(i => i.Id != installation.Id && i.Name == name, cancellationToken))
        {
            errors.Add("name", $"已有名為「{name}」的設施。", $"There is already an installation named '{name}'.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        (installation.FacilityId, installation.Name, installation.UnLocode, installation.AddressEn) = (request.FacilityId!.Value, name!, locode, address);
        return null;
    }
}
