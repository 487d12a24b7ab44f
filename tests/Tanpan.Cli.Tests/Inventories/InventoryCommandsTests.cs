using System.Text.Json;
using System.Text.RegularExpressions;
using Tanpan.Testing;

namespace Tanpan.Cli.Tests.Inventories;

/// <summary>
/// <c>tanpan inventory calc</c> run in-process on the shipped samples and on files written to a temp
/// directory. Split by concern: .Json (figures and traces), .Summary (golden text), .BadInput,
/// .UserFactors, .FactorSets.
/// </summary>
public sealed partial class InventoryCommandsTests : IDisposable
{
    private const string Header = "facility,source_type,material,activity,unit,year,source";
    private const string Textile = "samples/seed001-textile-2021.csv";
    private const string CopperFoil = "samples/seed000-copper-foil-2020.csv";
    private const string Example = "samples/seed001-example-2021.csv";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CliResult Calc(params string[] args) => Cli.Run(["inventory", "calc", .. args]);

    /// <summary>Writes an activity CSV with <see cref="Header"/> as line 1 and the given lines after it.</summary>
    private string ActivityCsv(params string[] lines) => _dir.Write("activity.csv", string.Join('\n', [Header, .. lines]) + "\n");

    private static decimal Number(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    private static decimal Sum(JsonElement totals) => totals.EnumerateObject().Sum(p => p.Value.GetDecimal());

    private static decimal RoundTonnes(decimal tonnes) => Math.Round(tonnes, 0, MidpointRounding.AwayFromZero);

    /// <summary>The issue lines of stderr: "  line N, column C: 中文 / English".</summary>
    private static List<(int Line, string Column, string Zh, string En)> Issues(string error) =>
        [.. error.Split('\n').Select(l => IssueLine().Match(l.TrimEnd('\r'))).Where(m => m.Success)
            .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value))];

    /// <summary>
    /// Exit code 2, nothing on stdout, and stderr lists exactly the expected issues in line order, each
    /// with a Chinese reason (with CJK text) and an English one containing <c>English</c>.
    /// </summary>
    private static void ShouldBeRefused(CliResult result, string path, params (int Line, string Column, string English)[] expected)
    {
        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Output.ShouldBeEmpty("bad input must not print a total");
        var issues = Issues(result.Error);
        issues.Select(i => (i.Line, i.Column)).ShouldBe(expected.Select(e => (e.Line, e.Column)), result.Error);
        for (var i = 0; i < expected.Length; i++)
        {
            issues[i].En.ShouldContain(expected[i].English, Case.Sensitive, result.Error);
            issues[i].Zh.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", result.Error);
        }

        result.Error.ShouldContain($"error: {path} has {expected.Select(e => e.Line).Distinct().Count()} bad row(s); nothing was calculated.");
    }

    [GeneratedRegex(@"^  line (\d+), column ([a-z0-9_]+): (.*?) / (.*)$")]
    private static partial Regex IssueLine();
}
