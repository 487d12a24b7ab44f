using System.Globalization;
using CsvHelper;
using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;
using Tanpan.Documents.ActivityFiles;

namespace Tanpan.Documents.Factors;

/// <summary>
/// Reads user-defined factors (supplier-specific or self-measured) from a CSV with columns
/// <c>material, source_type, unit, co2_kg, ch4_kg, n2o_kg, co2e_kg, year, origin, source</c>
/// (docs/factor-precedence.md). Either <c>co2e_kg</c> (already CO₂e, e.g. a steam supplier's
/// certificate) or per-gas values; <c>source</c> is required so every number stays traceable.
/// </summary>
public static class UserFactorFile
{
    private static readonly string[] Columns = ["material", "source_type", "unit", "co2_kg", "ch4_kg", "n2o_kg", "co2e_kg", "year", "origin", "source"];
    private static readonly string[] RequiredColumns = ["material", "source_type", "unit", "source"];

    public static (IReadOnlyList<EmissionFactor> Factors, IReadOnlyList<ActivityIssue> Issues) Read(string path, MaterialCatalog materials)
    {
        ArgumentNullException.ThrowIfNull(materials);
        var issues = new List<ActivityIssue>();
        var factors = new List<EmissionFactor>();
        if (!File.Exists(path) || TextEncodingDetector.Detect(path) is not { } encoding)
        {
            issues.Add(new ActivityIssue(1, "file", $"無法讀取係數檔 {path}", $"cannot read factor file {path}"));
            return (factors, issues);
        }

        using var reader = CsvReader.FromFile(path, TextEncodingDetector.CsvOptions(encoding));
        if (!reader.Read())
        {
            issues.Add(new ActivityIssue(1, "file", "係數檔是空的", "the factor file is empty"));
            return (factors, issues);
        }

        var index = Columns.ToDictionary(c => c, c => Enumerable.Range(0, reader.FieldCount).FirstOrDefault(i => reader.GetString(i).Trim() == c, -1));
        foreach (var missing in RequiredColumns.Where(c => index[c] < 0))
        {
            issues.Add(new ActivityIssue((int)reader.LineNumber, missing, $"係數檔缺少欄位 {missing}", $"factor file is missing column {missing}"));
        }

        if (issues.Count > 0)
        {
            return (factors, issues);
        }

        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            string Cell(string c) => index[c] >= 0 && index[c] < reader.FieldCount ? reader.GetString(index[c]).Trim() : "";
            if (ReadFactor(line, Cell, materials, issues, factors.Count + 1) is { } factor)
            {
                factors.Add(factor);
            }
        }

        return (factors, issues);
    }

    private static EmissionFactor? ReadFactor(int line, Func<string, string> cell, MaterialCatalog materials, List<ActivityIssue> issues, int ordinal)
    {
        var before = issues.Count;
        void Fail(string column, string zh, string en) => issues.Add(new ActivityIssue(line, column, zh, en));
        var material = materials.Find(cell("material"));
        if (material is null)
        {
            Fail("material", $"不明的原燃物料「{cell("material")}」", $"unknown material '{cell("material")}'");
        }

        var type = SourceTypes.Parse(cell("source_type"));
        if (type is null)
        {
            Fail("source_type", $"不明的排放型式「{cell("source_type")}」", $"unknown source type '{cell("source_type")}'");
        }

        var unit = UnitResolver.Resolve(cell("unit"), material?.Kind is MaterialKind.Electricity ? Dimension.Energy : Dimension.Volume);
        if (unit is null)
        {
            Fail("unit", $"不明的單位「{cell("unit")}」", $"unknown unit '{cell("unit")}'");
        }

        var gases = new List<GasFactor>();
        var given = 0;
        foreach (var (column, species) in new[] { ("co2_kg", GasSpecies.CO2), ("ch4_kg", GasSpecies.CH4), ("n2o_kg", GasSpecies.N2O), ("co2e_kg", GasSpecies.CO2) })
        {
            var text = cell(column);
            if (text.Length == 0)
            {
                continue;
            }

            given++;
            if (!ActivityRowReader.TryParseAmount(text, out var value) || value < 0)
            {
                Fail(column, $"「{text}」不是非負數字", $"'{text}' is not a non-negative number");
            }
            else
            {
                gases.Add(new GasFactor(species, value));
            }
        }

        var isCo2e = cell("co2e_kg").Length > 0;
        if (isCo2e && given > 1)
        {
            Fail("co2e_kg", "co2e_kg 與個別氣體係數只能擇一", "give either co2e_kg or per-gas values, not both");
        }
        else if (given == 0)
        {
            Fail("co2_kg", "至少要有一個係數值（co2_kg、ch4_kg、n2o_kg 或 co2e_kg）", "at least one factor value is needed (co2_kg, ch4_kg, n2o_kg or co2e_kg)");
        }

        int? year = null;
        if (cell("year").Length > 0)
        {
            if (ActivityRowReader.TryParseYear(cell("year"), out var y))
            {
                year = y;
            }
            else
            {
                Fail("year", $"年度「{cell("year")}」無效", $"year '{cell("year")}' is not valid");
            }
        }

        var origin = cell("origin").ToLowerInvariant() switch
        {
            "" or "supplier" or "供應商" or "製造廠" => FactorOrigin.Supplier,
            "self_measured" or "self-measured" or "自廠" or "自廠發展" => FactorOrigin.SelfMeasured,
            _ => (FactorOrigin?)null,
        };
        if (origin is null)
        {
            Fail("origin", $"來源類型「{cell("origin")}」無效（supplier 或 self_measured）", $"origin '{cell("origin")}' must be supplier or self_measured");
        }

        if (cell("source").Length == 0)
        {
            Fail("source", "必須註明係數出處", "the source of the factor is required");
        }

        if (issues.Count > before)
        {
            return null;
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"user/{ordinal}/{material!.Key}/{SourceTypes.Key(type!.Value)}{(year is null ? "" : "/" + year)}");
        return new EmissionFactor(id, "user", "1", material.Key, type.Value, "", unit!, isCo2e ? [gases[0]] : gases, isCo2e, origin!.Value, cell("source"), year)
        {
            Confidence = origin == FactorOrigin.SelfMeasured ? "self-measured" : "supplier",
        };
    }
}
