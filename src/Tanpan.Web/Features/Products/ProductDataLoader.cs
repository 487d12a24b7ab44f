using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Products;
using Tanpan.Core.Units;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using CoreProduct = Tanpan.Core.Products.Product;
using CoreOutput = Tanpan.Core.Products.ProductOutput;
using CoreBomLine = Tanpan.Core.Products.BomLine;

namespace Tanpan.Web.Features.Products;

/// <summary>
/// The organisation's product tables as Core's <see cref="ProductData"/> for one inventory year: the products that have
/// output that year, are assigned a process or are asked for, with every product their BOMs reach (so a component
/// without output is reported, not silently left out); facilities by the names the inventory rows carry.
/// </summary>
internal static class ProductDataLoader
{
    public static async Task<(ProductData Data, Dictionary<string, Data.Entities.Product> ByCode)> LoadAsync(
        AppDbContext db, InventoryYear year, IReadOnlyDictionary<Guid, string> facilities, Guid? wanted, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var outputs = await db.ProductOutputs.AsNoTracking().Where(o => o.InventoryYearId == year.Id).ToListAsync(cancellationToken);
        var assignments = await db.ProductProcessAssignments.AsNoTracking().Where(a => a.InventoryYearId == year.Id).ToListAsync(cancellationToken);
        var stages = await db.ProductStageValues.AsNoTracking().ToListAsync(cancellationToken);
        var bom = (await db.ProductBomLines.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(l => l.Id).ToLookup(l => l.ProductId);

        var included = new HashSet<Guid>(outputs.Select(o => o.ProductId).Concat(assignments.Select(a => a.ProductId)));
        if (wanted is Guid id)
        {
            included.Add(id);
        }

        var stack = new Stack<Guid>(included);
        while (stack.TryPop(out var next))
        {
            foreach (var component in bom[next].Select(l => l.ComponentProductId).OfType<Guid>().Where(included.Add))
            {
                stack.Push(component);
            }
        }

        var chosen = included.Where(products.ContainsKey).Select(i => products[i]).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var data = new ProductData(
            [.. chosen.Select(p => new CoreProduct(p.Code, p.Name, DeclaredUnit.Parse(p.DeclaredUnit)!, p.MassKgPerDeclaredUnit ?? 0m) 
            {
                CnCode = p.CnCode, CccCode = p.CccCode,
                StatedRatings = p.DqrTechnological is null && p.DqrTemporal is null && p.DqrGeographical is null ? null
                    : new DataQualityRatings(p.DqrTechnological, p.DqrTemporal, p.DqrGeographical),
            })],
            [.. outputs.Where(o => products.ContainsKey(o.ProductId)).Select(o => new CoreOutput(products[o.ProductId].Code, facilities[o.FacilityId], year.Year, o.Quantity)
            {
                Revenue = o.RevenueNtd is { } ntd ? Quantity<Money>.FromBase(ntd) : null,
                Scrap = o.ScrapQuantity,
            })],
            [.. chosen.SelectMany(p => bom[p.Id].Select(l => Line(p, l, products)))],
            [.. assignments.Where(a => products.ContainsKey(a.ProductId)).Select(a => new ProcessAssignment(facilities[a.FacilityId], a.Process, products[a.ProductId].Code))])
        {
            Downstream = [.. stages.Where(v => included.Contains(v.ProductId) && products.ContainsKey(v.ProductId)).Select(v => new DownstreamValue(
                products[v.ProductId].Code, LifeCycleStages.All.Single(s => LifeCycleStages.Key(s) == v.Stage), v.KgCo2ePerUnit, v.Source))],
        };
        return (data, chosen.ToDictionary(p => p.Code, StringComparer.Ordinal));
    }

    private static CoreBomLine Line(Data.Entities.Product parent, ProductBomLine line, Dictionary<Guid, Data.Entities.Product> products)
    {
        var unit = DeclaredUnit.Parse(line.Unit)!;
        BomSource source = line.SourceKind switch
        {
            BomSourceKinds.Supplier => new BomSource.SupplierPcf(line.KgCo2ePerUnit ?? 0m, unit, line.FactorSource ?? "", line.FactorVersion, line.PrimaryDataShare),
            BomSourceKinds.Secondary => new BomSource.SecondaryFactor(line.KgCo2ePerUnit ?? 0m, unit, line.FactorSource ?? "", line.FactorVersion ?? ""),
            _ => new BomSource.OwnProduct(products[line.ComponentProductId!.Value].Code),
        };
        return new CoreBomLine(parent.Code, line.Material, line.QuantityPerUnit, unit, source);
    }
}
