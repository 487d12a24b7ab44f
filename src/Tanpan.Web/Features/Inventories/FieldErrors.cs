using Microsoft.AspNetCore.Http.HttpResults;

namespace Tanpan.Web.Features.Inventories;

/// <summary>Collects every field's problem before answering, so one request reports them all (Chinese, then English).</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string chinese, string english)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add($"{chinese} {english}");
    }

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

    public ValidationProblem ToResult() =>
        TypedResults.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
}
