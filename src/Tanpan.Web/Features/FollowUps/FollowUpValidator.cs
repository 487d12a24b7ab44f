using System.Globalization;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.FollowUps;

/// <summary>
/// Reads a posted 成效追蹤表: every problem is reported at once, next to its field, in Chinese and English; nothing is
/// saved unless all of it is valid. Field names are the input's (<c>scope1</c>, <c>measures[2].savedKwh</c> …).
/// </summary>
internal static class FollowUpValidator
{
    /// <summary>The values to store, or the errors (then nothing is returned to store).</summary>
    public static (FollowUpAnswers? Answers, FieldErrors Errors) Read(FollowUpInput input, int earliestYear, int latestYear)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var year = Year(errors, input.ReportingYear, earliestYear, latestYear);
        var scope1 = NonNegative(errors, "scope1", input.Scope1, required: true);
        var scope2 = NonNegative(errors, "scope2", input.Scope2, required: true);
        var intensity = NonNegative(errors, "intensity", input.Intensity, required: false);
        var unit = errors.Text("intensityUnit", input.IntensityUnit, 100);
        if (intensity is not null && unit is null)
        {
            errors.Add("intensityUnit", "有填排放強度時，請寫明單位（例：公噸產品、百萬元營收）。", "With an intensity, say what it is per (e.g. tonne of product, NT$ million of revenue).");
        }

        var measures = new List<(string Description, decimal? Kwh, decimal? Tonnes, decimal? Ntd)>();
        var rows = input.Measures ?? [];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not { IsEmpty: false } row)
            {
                continue;
            }

            var prefix = $"measures[{i}].";
            var description = errors.Text(prefix + "description", row.Description, 300);
            if (description is null)
            {
                errors.Add(prefix + "description", "請寫明措施內容。", "Describe the measure.");
            }

            var kwh = NonNegative(errors, prefix + "savedKwh", row.SavedKwh, required: false);
            var tonnes = NonNegative(errors, prefix + "savedTonnes", row.SavedTonnes, required: false);
            var ntd = NonNegative(errors, prefix + "savedNtd", row.SavedNtd, required: false);
            measures.Add((description ?? "", kwh, tonnes, ntd));
        }

        var other = errors.Text("otherResults", input.OtherResults, 2000);
        var remarks = errors.Text("remarks", input.Remarks, 2000);
        return errors.Any ? (null, errors) : (new FollowUpAnswers(year!.Value, scope1!.Value, scope2!.Value, intensity, unit, measures, other, remarks), errors);
    }

    private static int? Year(FieldErrors errors, string? text, int earliest, int latest)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add("reportingYear", "此欄位必填。", "This field is required.");
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < earliest || year > latest)
        {
            errors.Add("reportingYear", $"請填西元年，介於 {earliest} 與 {latest} 之間。", $"Enter a year from {earliest} to {latest}.");
            return null;
        }

        return year;
    }

    private static decimal? NonNegative(FieldErrors errors, string field, string? text, bool required) => errors.NonNegative(field, text, required);
}

/// <summary>A valid 成效追蹤表, ready to store.</summary>
internal sealed record FollowUpAnswers(
    int ReportingYear, decimal Scope1Tonnes, decimal Scope2Tonnes, decimal? Intensity, string? IntensityUnit,
    IReadOnlyList<(string Description, decimal? Kwh, decimal? Tonnes, decimal? Ntd)> Measures, string? OtherResults, string? Remarks)
{
    /// <summary>Writes the answers onto the follow-up and gives its measure rows (all in one save by the caller).</summary>
    public List<FollowUpMeasure> ApplyTo(FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        (followUp.ReportingYear, followUp.Scope1Tonnes, followUp.Scope2Tonnes, followUp.Intensity, followUp.IntensityUnit, followUp.OtherResults, followUp.Remarks) =
            (ReportingYear, Scope1Tonnes, Scope2Tonnes, Intensity, IntensityUnit, OtherResults, Remarks);
        return [.. Measures.Select((m, i) => new FollowUpMeasure
        {
            Id = Guid.CreateVersion7(), FollowUpId = followUp.Id, Position = i + 1, Description = m.Description, SavedKwh = m.Kwh, SavedTonnes = m.Tonnes, SavedNtd = m.Ntd,
        })];
    }
}
