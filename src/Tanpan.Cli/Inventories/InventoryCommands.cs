using System.CommandLine;
using Tanpan.Cli.Output;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Web.Features.ActivityData;
using Tanpan.Web.Features.Factors;

namespace Tanpan.Cli.Inventories;

/// <summary><c>tanpan inventory calc FILE [--factor-set] [--gwp] [--factors FILE] [--json]</c>.</summary>
internal static class InventoryCommands
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Activity-data file (.csv UTF-8/Big5 or .xlsx) / 活動數據檔" };
        var factorSet = new Option<string>("--factor-set")
        {
            Description = "Fuel factor set: moenv-6.0.4 or moenv-2024 / 係數集",
            DefaultValueFactory = _ => FactorLibrary.DefaultSetId,
        };
        var gwp = new Option<string>("--gwp") { Description = "GWP set: AR4, AR5 or AR6 / 全球暖化潛勢版本", DefaultValueFactory = _ => FactorLibrary.DefaultGwpId };
        var userFactors = new Option<string?>("--factors") { Description = "CSV of supplier-specific or self-measured factors / 自訂係數檔" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every row's trace / 以 JSON 輸出" };

        var calc = new Command("calc", "Calculate an inventory from an activity file / 計算盤查結果") { file, factorSet, gwp, userFactors, json };
        calc.SetAction(parse => Calculate(
            parse.GetValue(file)!,
            parse.GetValue(factorSet)!,
            parse.GetValue(gwp)!,
            parse.GetValue(userFactors),
            parse.GetValue(json),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));

        return new Command("inventory", "Organisation GHG inventory / 組織型溫室氣體盤查") { calc };
    }

    private static int Calculate(string path, string setId, string gwpId, string? userFactorPath, bool json, TextWriter output, TextWriter error)
    {
        var library = FactorLibrary.Shipped;
        var set = library.FindSet(setId);
        var gwp = library.FindGwpSet(gwpId);
        if (set is null || gwp is null)
        {
            error.WriteLine(set is null
                ? $"錯誤：不明的係數集「{setId}」/ error: unknown factor set '{setId}' (use {string.Join(" or ", library.Sets.Select(s => s.Id))})"
                : $"錯誤：不明的 GWP 版本「{gwpId}」/ error: unknown GWP set '{gwpId}' (use AR4, AR5 or AR6)");
            return TanpanCli.BadInput;
        }

        IReadOnlyList<EmissionFactor> custom = [];
        if (userFactorPath is not null)
        {
            var (factors, factorIssues) = UserFactorFile.Read(userFactorPath, library.Materials);
            if (factorIssues.Count > 0)
            {
                IssueWriter.Write(error, userFactorPath, factorIssues);
                return TanpanCli.BadInput;
            }

            custom = factors;
        }

        var file = ActivityFileReader.Open(path);
        if (file.FileIssues.Count > 0)
        {
            IssueWriter.Write(error, path, file.FileIssues);
            return TanpanCli.BadInput;
        }

        var options = new InventoryOptions(set.Id, gwp.Id) { UserFactors = custom, KeepRows = json };
        var outcome = InventoryCalculation.Run(ReadAhead.Of(file.Records), options, library);
        if (!outcome.Succeeded)
        {
            IssueWriter.Write(error, path, outcome.Issues);
            return TanpanCli.BadInput;
        }

        if (json)
        {
            JsonResultWriter.Write(output, outcome.Result!, set);
        }
        else
        {
            SummaryWriter.Write(output, path, file.Format, outcome.Result!, set);
        }

        return TanpanCli.Ok;
    }
}
