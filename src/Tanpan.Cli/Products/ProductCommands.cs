using System.CommandLine;
using Tanpan.Cli.Inventories;
using Tanpan.Cli.Output;
using Tanpan.Core.Inventory;
using Tanpan.Core.Products;
using Tanpan.Documents.Products;

namespace Tanpan.Cli.Products;

/// <summary>
/// <c>tanpan product footprint ACTIVITY_FILE --products PRODUCTS.csv [--bom BOM.csv] [--allocation mass|economic]
/// [--factor-set …] [--gwp …] [--json]</c>: the inventory as <c>inventory calc</c> computes it, split into per-product
/// footprints (docs/product-footprints.md). Bad input in any file: exit 2, every issue on stderr, nothing printed.
/// </summary>
internal static class ProductCommands
{
    public static Command Create()
    {
        var footprint = new Command("footprint", "Product carbon footprints per declared unit from an inventory / 由盤查計算產品碳足跡");
        var input = InventoryCommands.InputOptions.AddTo(footprint);
        var products = new Option<string>("--products") { Description = "Products and outputs CSV / 產品與產量檔", Required = true };
        var bom = new Option<string?>("--bom") { Description = "Bill of materials CSV / 物料清單檔" };
        var allocation = new Option<string>("--allocation")
        {
            Description = "Key for what direct assignment leaves: mass or economic / 分配基準",
            DefaultValueFactory = _ => "mass",
        };
        allocation.AcceptOnlyFromAmong("mass", "economic");
        var json = new Option<bool>("--json") { Description = "Print one JSON object / 以 JSON 輸出" };
        footprint.Options.Add(products);
        footprint.Options.Add(bom);
        footprint.Options.Add(allocation);
        footprint.Options.Add(json);
        footprint.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var productPath = parse.GetValue(products)!;
            var (data, productIssues) = ProductFile.Read(productPath);
            if (data is null)
            {
                IssueWriter.Write(error, productPath, productIssues);
                return TanpanCli.BadInput;
            }

            if (parse.GetValue(bom) is { } bomPath)
            {
                var (lines, bomIssues) = BomFile.Read(bomPath);
                if (lines is null)
                {
                    IssueWriter.Write(error, bomPath, bomIssues);
                    return TanpanCli.BadInput;
                }

                data = data with { Bom = lines };
            }

            var loaded = input.Load(parse, keepRows: true);
            if (loaded is null)
            {
                return TanpanCli.BadInput;
            }

            var options = new FootprintOptions { Key = parse.GetValue(allocation) == "economic" ? AllocationKey.Economic : AllocationKey.Mass };
            var outcome = ProductFootprintCalculator.Calculate(loaded.Result, data, options);
            if (!outcome.Succeeded)
            {
                error.WriteLine($"錯誤：無法計算產品碳足跡，共 {outcome.Issues.Count} 個問題。");
                error.WriteLine($"error: no footprint was calculated; {outcome.Issues.Count} issue(s).");
                foreach (var issue in outcome.Issues)
                {
                    var where = issue.Line > 0 ? $"line {issue.Line}, " : "";
                    error.WriteLine($"  {where}{issue.Key} [{issue.Subject}]: {issue.MessageZh} / {issue.MessageEn}");
                }

                return TanpanCli.BadInput;
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(output, FootprintOutput.From(loaded.Result, outcome.Footprints));
            }
            else
            {
                FootprintWriter.Write(output, loaded, outcome.Footprints);
            }

            return TanpanCli.Ok;
        });

        return new Command("product", "Product carbon footprints (ISO 14067) / 產品碳足跡") { footprint };
    }
}
