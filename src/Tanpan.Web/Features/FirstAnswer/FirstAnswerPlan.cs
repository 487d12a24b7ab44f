using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Units;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.FirstAnswer;

/// <summary>
/// The figures of the first-answer page read and checked: the year, the facility's name and, per line typed, the source
/// it becomes with its entries (a month each, or the whole year). Checked with the rules the inventory applies to the
/// same entries (the factor of the pinned set must exist for the year, Core's <see cref="ActivityUnitRule"/>), so a plan
/// that reads here is one the inventory API accepts.
/// </summary>
internal sealed record FirstAnswerPlan(int Year, string FacilityName, IReadOnlyList<PlannedSource> Sources)
{
    /// <summary>Field key of a message about the whole form (nothing typed).</summary>
    public const string FormField = "";

    public static (FirstAnswerPlan? Plan, FieldErrors Errors) Read(FirstAnswerForm form, FactorLibrary library, string factorSetId, bool english)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new FieldErrors();
        var year = ReadYear(form.Year, errors);
        var facility = errors.Text("facilityName", form.FacilityName, 200, required: true);
        var sources = new List<PlannedSource>();

        var months = form.Months.Select((text, i) => (Month: i + 1, Amount: Amount($"months[{i}]", text, errors))).Where(m => m.Amount is not null).ToList();
        var annual = Amount("electricityYear", form.ElectricityYear, errors);
        if (annual is not null && months.Count > 0)
        {
            errors.Add("electricityYear", "請填全年合計或各月度數，擇一即可（兩者都填會重複計算）。",
                "Give the year's total or the months, not both (both would count the same electricity twice).");
        }
        else if (annual is not null || months.Count > 0)
        {
            sources.Add(Source(FirstAnswerLines.Electricity, FirstAnswerLines.Electricity.Unit, english,
                annual is not null ? [new(null, annual.Value)] : [.. months.Select(m => new PlannedEntry(m.Month, m.Amount!.Value))]));
        }

        foreach (var line in FirstAnswerLines.Fuels)
        {
            var amount = Amount(line.Field, FieldText(form, line.Field), errors);
            var unit = line.Field == "naturalGas" ? GasUnit(form.NaturalGasUnit, errors) : line.Unit;
            if (amount is not null && unit is not null)
            {
                sources.Add(Source(line, unit, english, [new(null, amount.Value)]));
            }
        }

        var refrigerants = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < form.Refrigerants.Count; i++)
        {
            var row = form.Refrigerants[i];
            var kg = Amount($"refrigerants[{i}].kg", row.Kg, errors);
            var type = string.IsNullOrWhiteSpace(row.Type) ? null : row.Type.Trim();
            if (kg is null)
            {
                continue;
            }

            if (type is null || !FirstAnswerLines.Refrigerants.Contains(type, StringComparer.Ordinal))
            {
                errors.Add($"refrigerants[{i}].type", "請選擇補充的冷媒種類（見設備銘牌或維修單）。",
                    "Choose the refrigerant refilled (see the nameplate or the service sheet).");
            }
            else if (!refrigerants.Add(type))
            {
                errors.Add($"refrigerants[{i}].type", $"{type} 已在上一列填過；同一種冷媒請合計為一列。",
                    $"{type} is already on a row above; add the same refrigerant up on one row.");
            }
            else
            {
                var line = FirstAnswerLines.Refrigerant(type);
                sources.Add(Source(line with { Field = $"refrigerants[{i}].kg" }, line.Unit, english, [new(null, kg.Value)]));
            }
        }

        if (!errors.Any && sources.Count == 0)
        {
            errors.Add(FormField, "請至少填寫一項用量（例如全年用電度數）。", "Give at least one figure (for example the year's electricity).");
        }

        if (year is not null)
        {
            CheckFactors(year.Value, sources, library, factorSetId, errors);
        }

        return errors.Any ? (null, errors) : (new FirstAnswerPlan(year!.Value, facility!, sources), errors);
    }

    private static PlannedSource Source(FirstAnswerLine line, string unit, bool english, List<PlannedEntry> entries) =>
        new(line.Field, line.Type, line.MaterialKey, english ? line.NameEn : line.NameZh, unit, entries);

    private static string? FieldText(FirstAnswerForm form, string field) => field switch
    {
        "dieselVehicles" => form.DieselVehicles,
        "dieselEquipment" => form.DieselEquipment,
        "gasoline" => form.Gasoline,
        "naturalGas" => form.NaturalGas,
        "lpg" => form.Lpg,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static int? ReadYear(string? text, FieldErrors errors)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100)
        {
            return year;
        }

        errors.Add("year", "年度須為西元 1990–2100 的整數（例如 2024）。", "The year must be a whole number from 1990 to 2100 (e.g. 2024).");
        return null;
    }

    /// <summary>An amount as typed (grouping commas allowed); null when empty, or with the field's message when it is not a number ≥ 0.</summary>
    private static decimal? Amount(string field, string? text, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(field, $"「{text.Trim()}」不是數字；請只填數字，例如 1,234.5。", $"'{text.Trim()}' is not a number; type digits only, e.g. 1,234.5.");
            return null;
        }

        if (value < 0)
        {
            errors.Add(field, "用量須為 0 或正數。", "The amount must be zero or more.");
            return null;
        }

        return value;
    }

    private static string? GasUnit(string? text, FieldErrors errors)
    {
        if (text is FirstAnswerLines.GasDu or FirstAnswerLines.CubicMetre)
        {
            return text;
        }

        errors.Add("naturalGasUnit", "天然氣單位請選「度」或「立方公尺」。", "Choose 度 or cubic metres for natural gas.");
        return null;
    }

    /// <summary>Each source needs a factor of the pinned set for the year, and each unit must fit it (the inventory's own checks).</summary>
    private static void CheckFactors(int year, List<PlannedSource> sources, FactorLibrary library, string factorSetId, FieldErrors errors)
    {
        var set = library.FindSet(factorSetId)!;
        foreach (var source in sources)
        {
            var material = library.Materials.FindByKey(source.MaterialKey)!;
            var resolution = library.Resolve(new FactorRequest(material, source.Type, year, null), set, []);
            if (resolution.Problem is { } problem)
            {
                errors.Add(problem.Column == "year" ? "year" : source.Field, problem.MessageZh, problem.MessageEn);
                continue;
            }

            var unit = UnitResolver.Resolve(source.Unit, ActivityRowReader.DuMeaning(material));
            if (unit is null)
            {
                errors.Add(source.Field, $"「{source.Unit}」不適用於「{material.NameZh}」。", $"'{source.Unit}' does not fit {material.NameEn}.");
            }
            else if (ActivityUnitRule.Check(unit, source.Unit, resolution.Factor!) is { } mismatch)
            {
                errors.Add(source.Field, mismatch.MessageZh, mismatch.MessageEn);
            }
        }
    }
}

/// <summary>A source the plan creates: the page's field, type, material, its name (the inventory's process), the unit and its entries.</summary>
internal sealed record PlannedSource(string Field, Core.Sources.SourceType Type, string MaterialKey, string Name, string Unit, IReadOnlyList<PlannedEntry> Entries);

/// <summary>One entry: a month (1–12) or the whole year (null), and the amount in the source's unit.</summary>
internal sealed record PlannedEntry(int? Month, decimal Amount);
