using System.Globalization;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Programmes;

internal static partial class ApplicationValidator
{
    private static decimal? NonNegative(FieldErrors errors, string field, string? text, bool required) => errors.NonNegative(field, text, required);

    private static decimal? Percent(FieldErrors errors, string field, string? text, bool required)
    {
        var value = NonNegative(errors, field, text, required);
        if (value > 100)
        {
            errors.Add(field, "百分比須介於 0 到 100。", "A percentage is between 0 and 100.");
            return null;
        }

        return value;
    }

    private static int? Whole(FieldErrors errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "此欄位必填。", "This field is required.");
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(field, "請填不為負的整數。", "Enter a whole number, not negative.");
            return null;
        }

        return value;
    }

    /// <summary>
    /// 內銷 + 外銷 = 100 %, and the destinations (銷美、銷日、銷歐、其他) split the export share: they add up to it
    /// (docs/programmes.md: the reading chosen for the form's bracketed split). A half percent of rounding is allowed.
    /// </summary>
    private static void ReadShares(FieldErrors errors, ApplicationInput input, ProgrammeApplication a)
    {
        var domestic = Percent(errors, "domesticPercent", input.DomesticPercent, required: true);
        var export = Percent(errors, "exportPercent", input.ExportPercent, required: true);
        var us = Percent(errors, "exportUsPercent", input.ExportUsPercent, required: false) ?? 0m;
        var japan = Percent(errors, "exportJapanPercent", input.ExportJapanPercent, required: false) ?? 0m;
        var europe = Percent(errors, "exportEuropePercent", input.ExportEuropePercent, required: false) ?? 0m;
        var other = Percent(errors, "exportOtherPercent", input.ExportOtherPercent, required: false) ?? 0m;
        if (domestic is { } d && export is { } e)
        {
            if (Math.Abs(d + e - 100m) > 0.5m)
            {
                errors.Add("exportPercent", $"內銷與外銷合計須為 100%（現為 {d + e:0.##}%）。", $"Domestic and export shares must add up to 100% (now {d + e:0.##}%).");
            }
            else if (Math.Abs(us + japan + europe + other - e) > 0.5m)
            {
                errors.Add("exportSplit", $"銷美、銷日、銷歐與其他合計須等於外銷 {e:0.##}%（現為 {us + japan + europe + other:0.##}%）。",
                    $"The US, Japan, Europe and other shares must add up to the export share of {e:0.##}% (now {us + japan + europe + other:0.##}%).");
            }

            (a.DomesticPercent, a.ExportPercent) = (d, e);
        }

        (a.ExportUsPercent, a.ExportJapanPercent, a.ExportEuropePercent, a.ExportOtherPercent) = (us, japan, europe, other);
    }

    /// <summary>主要產品與近一年產量: at least one line; a line with a name needs its output and unit.</summary>
    private static List<ProgrammeApplicationProduct> ReadProducts(FieldErrors errors, ApplicationInput input)
    {
        var products = new List<ProgrammeApplicationProduct>();
        for (var i = 0; i < input.Products.Count && i < 10; i++)
        {
            var line = input.Products[i];
            var field = $"products[{i.ToString(CultureInfo.InvariantCulture)}]";
            var name = errors.Text($"{field}.name", line.Name, 200);
            if (name is null)
            {
                if (!string.IsNullOrWhiteSpace(line.Output) || !string.IsNullOrWhiteSpace(line.Unit))
                {
                    errors.Add($"{field}.name", "請填產品名稱。", "Give the product's name.");
                }

                continue;
            }

            var output = NonNegative(errors, $"{field}.output", line.Output, required: true);
            var unit = errors.Text($"{field}.unit", line.Unit, 40, required: true);
            if (output is { } o && unit is not null)
            {
                products.Add(new ProgrammeApplicationProduct { Position = products.Count + 1, Name = name, Output = o, Unit = unit });
            }
        }

        if (products.Count == 0 && !input.Products.Any(l => !string.IsNullOrWhiteSpace(l.Name)))
        {
            errors.Add("products[0].name", "請至少填一項主要產品與近一年產量。", "Give at least one main product with last year's output.");
        }

        return products;
    }
}
