using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Products;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Product = Tanpan.Web.Data.Entities.Product;

namespace Tanpan.Web.Features.Products;

/// <summary>A product's bill of materials: its lines, adding one (validated, cycles refused) and removing one.</summary>
public sealed partial class ProductService
{
    public async Task<List<ProductBomLine>> BomAsync(Guid productId, CancellationToken cancellationToken) =>
        CanRead ? await db.ProductBomLines.AsNoTracking().Where(l => l.ProductId == productId).OrderBy(l => l.Id).ToListAsync(cancellationToken) : [];

    public async Task<Results<Created<ProductBomLine>, ValidationProblem, ProblemHttpResult>> AddBomLineAsync(
        Guid productId, BomLineRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await FindAsync(productId, cancellationToken) is not { } product)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        var errors = new FieldErrors();
        var line = new ProductBomLine { Id = Guid.CreateVersion7(), ProductId = productId, Material = "", Unit = "", SourceKind = "" };
        var unit = DeclaredUnit.Parse(request.Unit);
        if (request.QuantityPerUnit is not { } quantity)
        {
            errors.Add("quantityPerUnit", "請填寫每宣告單位用量。", "Enter the quantity per declared unit.");
        }
        else if (quantity < 0m)
        {
            errors.Add("quantityPerUnit", "用量不可為負數。", "The quantity cannot be negative.");
        }

        if (unit is null)
        {
            errors.Add("unit", $"不認得的單位「{request.Unit}」；可用：件、公斤、公噸、平方公尺、度、公升、立方公尺、百萬焦耳。",
                $"Unknown unit '{request.Unit}'; use piece, kg, t, m2, kWh, L, m3 or MJ.");
        }

        var material = errors.Text("material", request.Material, 200, required: request.SourceKind != BomSourceKinds.Product);
        switch (request.SourceKind)
        {
            case BomSourceKinds.Supplier or BomSourceKinds.Secondary:
                Factor(errors, request, line);
                break;
            case BomSourceKinds.Product:
                material ??= await ComponentAsync(errors, product, request.ComponentProductId, unit, line, cancellationToken);
                break;
            default:
                errors.Add("sourceKind", "請選擇碳足跡來源：供應商碳足跡、次級資料係數或本公司產品。",
                    "Choose the footprint source: a supplier PCF, a secondary factor or one of your products.");
                break;
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        (line.Material, line.QuantityPerUnit, line.Unit, line.SourceKind) = (material!, request.QuantityPerUnit!.Value, unit!.Key, request.SourceKind!);
        db.ProductBomLines.Add(line);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/products/{productId}", line);
    }

    public async Task<Results<NoContent, ProblemHttpResult>> RemoveBomLineAsync(Guid productId, Guid lineId, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.ProductBomLines.SingleOrDefaultAsync(l => l.Id == lineId && l.ProductId == productId, cancellationToken) is not { } line)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        db.ProductBomLines.Remove(line);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A supplier PCF or secondary factor: kg CO2e per unit (≥ 0), who gave it, and the database version or PCF id.</summary>
    private static void Factor(FieldErrors errors, BomLineRequest request, ProductBomLine line)
    {
        var supplier = request.SourceKind == BomSourceKinds.Supplier;
        if (request.KgCo2ePerUnit is not { } factor)
        {
            errors.Add("kgCo2ePerUnit", "請填寫每單位碳足跡（kg CO2e）。", "Enter the footprint per unit (kg CO2e).");
        }
        else if (factor < 0m)
        {
            errors.Add("kgCo2ePerUnit", "每單位碳足跡不可為負數。", "The footprint per unit cannot be negative.");
        }

        line.FactorSource = errors.Text("factorSource", request.FactorSource, 200, required: true);
        line.FactorVersion = errors.Text("factorVersion", request.FactorVersion, 100, required: !supplier);
        if (supplier && request.PrimaryDataShare is < 0m or > 100m)
        {
            errors.Add("primaryDataShare", "初級數據比例須在 0 到 100 之間。", "The primary-data share must be from 0 to 100.");
        }

        (line.KgCo2ePerUnit, line.PrimaryDataShare) = (request.KgCo2ePerUnit, supplier ? request.PrimaryDataShare : null);
    }

    /// <summary>
    /// Another product of this organisation as a component: it must exist, measure in a unit the line's converts to, and
    /// not contain <paramref name="product"/> at any depth of its own BOM (a cycle would never roll up). Gives its name.
    /// </summary>
    private async Task<string?> ComponentAsync(
        FieldErrors errors, Product product, Guid? componentId, DeclaredUnit? unit, ProductBomLine line, CancellationToken cancellationToken)
    {
        if (componentId is not Guid id || await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } component)
        {
            errors.Add("componentProductId", "請選擇本公司的產品。", "Choose one of your products.");
            return null;
        }

        var componentUnit = DeclaredUnit.Parse(component.DeclaredUnit)!;
        if (unit is not null && !unit.ConvertsTo(componentUnit))
        {
            errors.Add("unit", $"產品 {component.Code} 以{componentUnit.NameZh}為宣告單位，用量單位{unit.NameZh}無法換算。",
                $"{component.Code} is declared per {componentUnit.NameEn}; {unit.NameEn} does not convert to it.");
        }

        var edges = (await db.ProductBomLines.AsNoTracking().Where(l => l.ComponentProductId != null).Select(l => new { l.ProductId, l.ComponentProductId })
            .ToListAsync(cancellationToken)).ToLookup(e => e.ProductId, e => e.ComponentProductId!.Value);
        var seen = new HashSet<Guid>();
        var stack = new Stack<Guid>([id]);
        while (stack.TryPop(out var next))
        {
            if (next == product.Id)
            {
                errors.Add("componentProductId", $"產品 {component.Code} 已（直接或間接）使用 {product.Code}，加入會形成循環。",
                    $"{component.Code} already contains {product.Code} (directly or further down); adding it would make a cycle.");
                return null;
            }

            foreach (var child in edges[next].Where(seen.Add))
            {
                stack.Push(child);
            }
        }

        line.ComponentProductId = id;
        return component.Name;
    }
}
