using System.CommandLine;
using Tanpan.Cli.Output;
using Tanpan.Core.Factors;

namespace Tanpan.Cli.Inventories;

/// <summary>
/// <c>tanpan inventory calc|register|report FILE [--factor-set] [--gwp] [--factors FILE] …</c>: the same input
/// options and the same bad-input behaviour (exit 2, every issue on stderr, nothing written).
/// </summary>
internal static class InventoryCommands
{
    public static Command Create()
    {
        var calc = new Command("calc", "Calculate an inventory from an activity file / 計算盤查結果");
        var input = InputOptions.AddTo(calc);
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every row's trace / 以 JSON 輸出" };
        calc.Options.Add(json);
        calc.SetAction(parse =>
        {
            var loaded = input.Load(parse, keepRows: parse.GetValue(json));
            if (loaded is null)
            {
                return TanpanCli.BadInput;
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(output, InventoryOutput.From(loaded.Result, loaded.Set));
            }
            else
            {
                SummaryWriter.Write(output, loaded.Path, loaded.Format, loaded.Result, loaded.Set);
            }

            return TanpanCli.Ok;
        });

        return new Command("inventory", "Organisation GHG inventory / 組織型溫室氣體盤查") { calc, DocumentCommands.Register(), DocumentCommands.Report() };
    }

    /// <summary>The file argument and the factor options, as <c>calc</c> has them.</summary>
    internal sealed record InputOptions(Argument<string> File, Option<string> FactorSet, Option<string> Gwp, Option<string?> UserFactors)
    {
        public static InputOptions AddTo(Command command)
        {
            var options = new InputOptions(
                new Argument<string>("file") { Description = "Activity-data file (.csv UTF-8/Big5 or .xlsx) / 活動數據檔" },
                new Option<string>("--factor-set")
                {
                    Description = "Fuel factor set: moenv-6.0.4 or moenv-2024 / 係數集",
                    DefaultValueFactory = _ => FactorLibrary.DefaultSetId,
                },
                new Option<string>("--gwp") { Description = "GWP set: AR4, AR5 or AR6 / 全球暖化潛勢版本", DefaultValueFactory = _ => FactorLibrary.DefaultGwpId },
                new Option<string?>("--factors") { Description = "CSV of supplier-specific or self-measured factors / 自訂係數檔" });
            command.Arguments.Add(options.File);
            command.Options.Add(options.FactorSet);
            command.Options.Add(options.Gwp);
            command.Options.Add(options.UserFactors);
            return options;
        }

        public InventoryInput? Load(ParseResult parse, bool keepRows) => InventoryInput.Load(
            parse.GetValue(File)!, parse.GetValue(FactorSet)!, parse.GetValue(Gwp)!, parse.GetValue(UserFactors), keepRows, parse.InvocationConfiguration.Error);
    }
}
