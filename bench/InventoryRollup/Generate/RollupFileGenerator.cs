using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Tanpan.Bench.InventoryRollup.Generate;

/// <summary>
/// Writes the national roll-up file: <c>facilities × rowsPerFacility</c> rows, deterministic for a seed
/// (System.Random(seed), whose seeded sequence is stable across .NET versions). Each facility reports one
/// year (2020–2024): up to twelve monthly electricity bills, then fuel and refrigerant rows. Sizes are
/// log-uniform over three decades, so a few facilities dominate as in the real register. UTF-8 without a
/// byte-order mark by default, so the CLI checks the whole file's encoding as it does for most exports;
/// <c>--bom true</c> writes the mark as Excel's "CSV UTF-8" does.
/// </summary>
internal static class RollupFileGenerator
{
    private const string Header = "facility,source_type,material,activity,unit,year,month,source";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(string path, int facilities, int rowsPerFacility, int seed, bool byteOrderMark)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var weights = RowKinds.Others.Sum(k => k.Weight);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(byteOrderMark), bufferSize: 1 << 20) { NewLine = "\n" };
        writer.WriteLine(Header);
        var line = new StringBuilder(128);
        for (var f = 0; f < facilities; f++)
        {
            var facility = "F" + f.ToString("D6", Invariant);
            var year = 2020 + random.Next(5);
            var scale = Math.Pow(10, random.NextDouble() * 3 - 1);
            var electricityRows = Math.Min(12, Math.Max(1, rowsPerFacility * 3 / 5));

            // A facility's electricity bills share one spelling: one utility, one clerk.
            var e = RowKinds.Electricity;
            var (eType, eMaterial, eUnit, eSource) = (Pick(random, e.SourceTypes), Pick(random, e.Materials), Pick(random, e.Units), Pick(random, e.Sources));
            for (var m = 0; m < electricityRows; m++)
            {
                var month = 1 + (m * 12 / electricityRows);
                Append(writer, line, random, facility, eType, eMaterial, Amount(random, e, scale), eUnit, year, month, eSource);
            }

            for (var r = electricityRows; r < rowsPerFacility; r++)
            {
                var kind = PickKind(random, weights);
                Append(writer, line, random, facility, Pick(random, kind.SourceTypes), Pick(random, kind.Materials), Amount(random, kind, scale),
                    Pick(random, kind.Units), year, random.Next(1, 13), Pick(random, kind.Sources));
            }
        }

        Console.WriteLine($"generate: {path}: {(long)facilities * rowsPerFacility:N0} rows, {facilities:N0} facilities, seed {seed}, {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static void Append(
        StreamWriter writer, StringBuilder line, Random random, string facility, string type, string material, double baseAmount, UnitSpelling unit,
        int year, int month, string source)
    {
        var amount = Math.Round(baseAmount / unit.BaseUnits, unit.Decimals);

        // One large amount in twenty is typed with thousands separators, as spreadsheets export them.
        var grouped = amount >= 1000 && random.Next(20) == 0;
        var text = amount.ToString((grouped ? "N" : "F") + unit.Decimals.ToString(Invariant), Invariant);
        line.Clear()
            .Append(facility).Append(',').Append(type).Append(',').Append(material).Append(',')
            .Append(grouped ? "\"" + text + "\"" : text).Append(',').Append(unit.Text).Append(',')
            .Append(year).Append(',').Append(month).Append(',').Append(source);
        writer.WriteLine(line);
    }

    private static double Amount(Random random, RowKind kind, double scale) => scale * (kind.Min + random.NextDouble() * (kind.Max - kind.Min));

    private static T Pick<T>(Random random, T[] choices) => choices[random.Next(choices.Length)];

    private static RowKind PickKind(Random random, int totalWeight)
    {
        var draw = random.Next(totalWeight);
        foreach (var kind in RowKinds.Others)
        {
            if ((draw -= kind.Weight) < 0)
            {
                return kind;
            }
        }

        throw new UnreachableException();
    }
}
