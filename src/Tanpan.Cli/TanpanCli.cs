using System.CommandLine;
using System.Text;
using Tanpan.Cli.CarbonFees;
using Tanpan.Cli.Cbam;
using Tanpan.Cli.Factors;
using Tanpan.Cli.Inventories;
using Tanpan.Cli.Measures;
using Tanpan.Cli.Products;
using Tanpan.Cli.Tariffs;

namespace Tanpan.Cli;

/// <summary>The <c>tanpan</c> command line. Exit codes: 0 done, 2 bad input (nothing computed), 1 usage error.</summary>
public static class TanpanCli
{
    public const int Ok = 0;
    public const int BadInput = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (ReferenceEquals(output, Console.Out))
        {
            Console.OutputEncoding = new UTF8Encoding(false);
        }

        var root = new RootCommand("Tanpan 碳盤 — greenhouse-gas inventory tools / 溫室氣體盤查工具");
        root.Subcommands.Add(InventoryCommands.Create());
        root.Subcommands.Add(FactorsCommands.Create());
        root.Subcommands.Add(TariffCommands.Create());
        root.Subcommands.Add(FeeCommands.Create());
        root.Subcommands.Add(MeasureCommands.Create());
        root.Subcommands.Add(CasesCommands.Create());
        root.Subcommands.Add(ProductCommands.Create());
        root.Subcommands.Add(CbamCommands.Create());
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
