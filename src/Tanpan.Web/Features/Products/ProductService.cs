using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Products;
using Tanpan.Core.Text;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;
using Product = Tanpan.Web.Data.Entities.Product;

namespace Tanpan.Web.Features.Products;

/// <summary>
/// The organisation's products and their data (BOM lines, outputs, process assignments) for the product pages. Owners and
/// editors write, viewers read, verifiers see none (like plans). Every query goes through the tenant filter, and every
/// id a request names is looked up in the current organisation, so another organisation's id is simply not found.
/// Nothing is saved unless the whole request is valid.
/// </summary>
public sealed partial class ProductService(AppDbContext db, TenantContext tenant, TimeProvider clock)
{
    public AppDbContext Db => db;

    public bool CanRead => tenant.CanRead();

    public bool CanWrite => tenant.CanWrite();

    public async Task<List<Product>> ListAsync(CancellationToken cancellationToken) =>
        CanRead ? (await db.Products.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(p => p.Code, StringComparer.Ordinal).ToList() : [];

    public async Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        CanRead ? await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) : null;

    public async Task<Results<Created<Product>, ValidationProblem, ProblemHttpResult>> CreateAsync(ProductRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CanWrite)
        {
            return CanRead ? Problems.ReadOnly() : Problems.NotFound();
        }

        var product = new Product { Id = Guid.CreateVersion7(), Code = "", Name = "", DeclaredUnit = "", CreatedAt = clock.GetUtcNow() };
        if (await ApplyAsync(product, request, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/products/{product.Id}", product);
    }

    public async Task<Results<Ok<Product>, ValidationProblem, ProblemHttpResult>> UpdateAsync(Guid id, ProductRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CanRead || await db.Products.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } product)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (request.RowVersion is int version && version != product.RowVersion)
        {
            return Problems.Conflict("此產品已被他人修改，請重新載入後再改。", "Someone else changed this product; reload it and try again.");
        }

        if (await ApplyAsync(product, request, cancellationToken) is { } invalid)
        {
            db.ChangeTracker.Clear();
            return invalid;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(product);
    }

    /// <summary>
    /// Deletes a product with its BOM, outputs, assignments and draft footprints; refused while another product's BOM uses it
    /// or it has a locked footprint (published figures keep their product).
    /// </summary>
    public async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.Products.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } product)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        var users = await db.ProductBomLines.Where(l => l.ComponentProductId == id && l.ProductId != id)
            .Join(db.Products, l => l.ProductId, p => p.Id, (l, p) => p.Code).Distinct().ToListAsync(cancellationToken);
        if (users.Count > 0)
        {
            var list = string.Join("、", users.Order(StringComparer.Ordinal));
            return Problems.Conflict($"產品 {list} 的物料清單使用此產品，請先移除該物料。", $"The bill of materials of {list} uses this product; remove that line first.");
        }

        var versions = await db.ProductFootprintVersions.Where(v => v.ProductId == id).ToListAsync(cancellationToken);
        if (versions.Any(v => v.Status == FootprintStatuses.Locked))
        {
            return Problems.Conflict("此產品有已鎖定的碳足跡版本，不能刪除。", "This product has a locked footprint version and cannot be deleted.");
        }

        // Removed through EF (not by the database's cascade) so each row gets its audit entry.
        db.ProductFootprintVersions.RemoveRange(versions);
        db.ProductBomLines.RemoveRange(await db.ProductBomLines.Where(l => l.ProductId == id).ToListAsync(cancellationToken));
        db.ProductOutputs.RemoveRange(await db.ProductOutputs.Where(o => o.ProductId == id).ToListAsync(cancellationToken));
        db.ProductProcessAssignments.RemoveRange(await db.ProductProcessAssignments.Where(a => a.ProductId == id).ToListAsync(cancellationToken));
        db.ProductStageValues.RemoveRange(await db.ProductStageValues.Where(v => v.ProductId == id).ToListAsync(cancellationToken));
        db.Products.Remove(product);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private async Task<ValidationProblem?> ApplyAsync(Product product, ProductRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var code = errors.Text("code", request.Code, 100, required: true);
        var name = errors.Text("name", request.Name, 200, required: true);
        var unit = DeclaredUnit.Parse(request.DeclaredUnit);
        if (unit is null)
        {
            errors.Add("declaredUnit", "請選擇宣告單位（件、公斤、公噸、平方公尺、度、公升、立方公尺或百萬焦耳）。",
                "Choose a declared unit (piece, kg, t, m², kWh, L, m³ or MJ).");
        }

        // ISO 14067 §6.3.3 and PACT productMassPerDeclaredUnit: for a mass unit the mass is the unit itself.
        var mass = request.MassKgPerDeclaredUnit ?? unit?.Kilograms;
        if (mass is < 0m)
        {
            errors.Add("massKgPerDeclaredUnit", "每宣告單位質量不可為負數。", "The mass per declared unit cannot be negative.");
        }
        else if (unit?.Kilograms is { } kilograms && mass != kilograms)
        {
            errors.Add("massKgPerDeclaredUnit", $"宣告單位為{unit.NameZh}時，每單位質量必為 {kilograms:0.###} 公斤。",
                $"With the declared unit {unit.NameEn}, the mass per unit must be {kilograms:0.###} kg.");
        }

        var cn = Digits(errors, "cnCode", request.CnCode, 8, "歐盟 CN 稅號須為 8 位數字", "A CN code has 8 digits");
        var ccc = Digits(errors, "cccCode", request.CccCode, 11, "貨品分類號列（CCC）須為 11 位數字", "A CCC code has 11 digits");
        foreach (var (field, value) in new[] { ("dqrTechnological", request.DqrTechnological), ("dqrTemporal", request.DqrTemporal), ("dqrGeographical", request.DqrGeographical) })
        {
            if (value is < 1m or > 5m)
            {
                errors.Add(field, "數據品質評分須在 1（最佳）到 5 之間。", "A data-quality rating is from 1 (best) to 5.");
            }
        }

        if (code is not null)
        {
            var key = TextKey.Normalize(code);
            var others = await db.Products.AsNoTracking().Where(p => p.Id != product.Id).Select(p => p.Code).ToListAsync(cancellationToken);
            if (others.Any(c => TextKey.Normalize(c) == key))
            {
                errors.Add("code", $"產品代碼「{code}」已有其他產品使用。", $"Another product already has the code '{code}'.");
            }
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        (product.Code, product.Name, product.DeclaredUnit, product.MassKgPerDeclaredUnit) = (code!, name!, unit!.Key, mass);
        (product.CnCode, product.CccCode) = (cn, ccc);
        (product.DqrTechnological, product.DqrTemporal, product.DqrGeographical) = (request.DqrTechnological, request.DqrTemporal, request.DqrGeographical);
        return null;
    }

    /// <summary>A code of exactly <paramref name="length"/> digits (spaces and dots as typed are dropped), or null when empty.</summary>
    private static string? Digits(FieldErrors errors, string field, string? text, int length, string chinese, string english)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = new string([.. text.Where(c => c is not (' ' or '.' or '-'))]);
        if (digits.Length != length || !digits.All(char.IsAsciiDigit))
        {
            errors.Add(field, $"{chinese}（輸入：{text.Trim()}）。", $"{english} (typed: {text.Trim()}).");
            return null;
        }

        return digits;
    }
}
