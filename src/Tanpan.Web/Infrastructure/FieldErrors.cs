using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Tanpan.Web.Infrastructure;

/// <summary>Collects every field's problem before answering, so one request reports them all (Chinese, then English).</summary>
internal sealed class FieldErrors
{
    // The JSON answer joins the two languages in one string per message; a page needs them apart to show the
    // one of its culture. The answer's problem object is mapped to its messages here, in-process only.
    private static readonly ConditionalWeakTable<HttpValidationProblemDetails, IReadOnlyList<FieldError>> Bilingual = [];

    private readonly List<FieldError> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string chinese, string english) => _errors.Add(new FieldError(field, chinese, english));

    public void AddRange(FieldErrors other) => _errors.AddRange(other._errors);

    /// <summary>Trims the text; adds an error when it is longer than <paramref name="maxLength"/> or required and empty.</summary>
    public string? Text(string field, string? value, int maxLength, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (required && text is null)
        {
            Add(field, "此欄位必填。", "This field is required.");
        }
        else if (text is not null && text.Length > maxLength)
        {
            Add(field, $"最多 {maxLength} 字。", $"At most {maxLength} characters.");
        }

        return text;
    }

    /// <summary>A number of zero or more written as people write it (1500, 1,500.5); null with an error when it is not, or when required and empty.</summary>
    public decimal? NonNegative(string field, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(field, "此欄位必填。", "This field is required.");
            }

            return null;
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            Add(field, "請填數字（例：1500 或 1,500.5）。", "Enter a number (e.g. 1500 or 1,500.5).");
            return null;
        }

        if (value < 0)
        {
            Add(field, "不可為負數。", "Must not be negative.");
            return null;
        }

        return value;
    }

    public ValidationProblem ToResult()
    {
        var result = TypedResults.ValidationProblem(_errors.GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => $"{e.Chinese} {e.English}").ToArray(), StringComparer.Ordinal));
        Bilingual.AddOrUpdate(result.ProblemDetails, _errors.ToList());
        return result;
    }

    /// <summary>The messages of a problem made by <see cref="ToResult"/>, each language apart (for pages).</summary>
    public static IReadOnlyList<FieldError> Of(ValidationProblem problem) =>
        Bilingual.TryGetValue(problem.ProblemDetails, out var errors) ? errors : [];
}
