using Tanpan.Core.Text;

namespace Tanpan.Core.Products;

/// <summary>
/// Checks product data before anything is computed: unique codes, masses that fit mass units, no negative quantity,
/// every code known, BOM units convertible, no BOM cycle, each process assigned once, downstream values only after the gate.
/// </summary>
internal static class ProductDataCheck
{
    public static List<ProductIssue> Run(ProductData data, Dictionary<string, Product> products)
    {
        var issues = new List<ProductIssue>();
        foreach (var p in data.Products)
        {
            if (products.ContainsKey(TextKey.Normalize(p.Code)))
            {
                issues.Add(ProductIssues.DuplicateProduct(p.Code));
                continue;
            }

            products[TextKey.Normalize(p.Code)] = p;
            if (p.MassKgPerUnit < 0 || (p.DeclaredUnit.Kilograms is { } kg && p.MassKgPerUnit != kg))
            {
                issues.Add(ProductIssues.BadMass(p.Code, p.MassKgPerUnit, p.DeclaredUnit));
            }
        }

        bool Known(string code, string where, int line)
        {
            if (products.ContainsKey(TextKey.Normalize(code)))
            {
                return true;
            }

            issues.Add(ProductIssues.UnknownProduct(code, where) with { Line = line });
            return false;
        }

        foreach (var o in data.Outputs)
        {
            Known(o.ProductCode, "產量 / outputs", 0);
            Negative(issues, o.ProductCode, "產量", "output quantity", o.Quantity);
            Negative(issues, o.ProductCode, "營收", "revenue", o.Revenue?.BaseValue);
            Negative(issues, o.ProductCode, "報廢量", "scrap quantity", o.Scrap);
            Negative(issues, o.ProductCode, "分配基準", "physical key", o.OtherPhysical);
        }

        foreach (var line in data.Bom)
        {
            CheckBomLine(line, products, issues, Known);
        }

        var assigned = new Dictionary<(string, string), string>();
        foreach (var a in data.Assignments)
        {
            Known(a.ProductCode, "製程指定 / assignments", 0);
            var key = (TextKey.Normalize(a.Facility), TextKey.Normalize(a.ProcessOrSource));
            if (assigned.TryGetValue(key, out var other) && TextKey.Normalize(other) != TextKey.Normalize(a.ProductCode))
            {
                issues.Add(ProductIssues.AssignedTwice(a.Facility, a.ProcessOrSource));
            }

            assigned[key] = a.ProductCode;
        }

        foreach (var d in data.Downstream)
        {
            Known(d.ProductCode, "下游階段 / downstream", 0);
            if (LifeCycleStages.IsCradleToGate(d.Stage))
            {
                issues.Add(ProductIssues.DownstreamStage(d.ProductCode, d.Stage));
            }
        }

        if (issues.Count == 0)
        {
            FindCycle(data.Bom, issues);
        }

        return issues;
    }

    private static void CheckBomLine(BomLine line, Dictionary<string, Product> products, List<ProductIssue> issues, Func<string, string, int, bool> known)
    {
        known(line.ParentCode, "物料清單 / BOM", line.Line);
        var subject = $"{line.ParentCode}/{line.Material}";
        if (line.QuantityPerUnit < 0)
        {
            issues.Add(ProductIssues.Negative(subject, "用量", "quantity per unit", line.QuantityPerUnit) with { Line = line.Line });
        }

        DeclaredUnit? expected = line.Source switch
        {
            BomSource.SupplierPcf s => s.Unit,
            BomSource.SecondaryFactor f => f.Unit,
            BomSource.OwnProduct p when known(p.ProductCode, "物料清單 / BOM", line.Line) => products[TextKey.Normalize(p.ProductCode)].DeclaredUnit,
            _ => null,
        };
        if (expected is not null && !line.Unit.ConvertsTo(expected))
        {
            issues.Add(ProductIssues.UnitMismatch(line.ParentCode, line.Material, line.Unit, expected) with { Line = line.Line });
        }

        if (line.Source is BomSource.SupplierPcf { PrimaryDataShare: { } share } && share is < 0 or > 100)
        {
            issues.Add(ProductIssues.Share(subject, share) with { Line = line.Line });
        }
    }

    private static void Negative(List<ProductIssue> issues, string subject, string zh, string en, decimal? value)
    {
        if (value < 0)
        {
            issues.Add(ProductIssues.Negative(subject, zh, en, value.Value));
        }
    }

    /// <summary>Depth-first search over own-product BOM edges; reports the first cycle found as a path (A → B → A).</summary>
    private static void FindCycle(IReadOnlyList<BomLine> bom, List<ProductIssue> issues)
    {
        var edges = bom.Where(l => l.Source is BomSource.OwnProduct)
            .GroupBy(l => TextKey.Normalize(l.ParentCode))
            .ToDictionary(g => g.Key, g => g.Select(l => ((BomSource.OwnProduct)l.Source).ProductCode).ToList());
        var state = new Dictionary<string, int>();
        var path = new List<string>();
        bool Visit(string code)
        {
            var key = TextKey.Normalize(code);
            if (state.TryGetValue(key, out var s))
            {
                if (s == 1)
                {
                    var start = path.FindIndex(c => TextKey.Normalize(c) == key);
                    issues.Add(ProductIssues.Cycle([.. path.Skip(start), code]));
                    return true;
                }

                return false;
            }

            state[key] = 1;
            path.Add(code);
            foreach (var child in edges.GetValueOrDefault(key) ?? [])
            {
                if (Visit(child))
                {
                    return true;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[key] = 2;
            return false;
        }

        foreach (var parent in bom.Select(l => l.ParentCode))
        {
            if (Visit(parent))
            {
                return;
            }
        }
    }
}
