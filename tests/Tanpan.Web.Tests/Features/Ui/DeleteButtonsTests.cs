using System.Text.RegularExpressions;
using Tanpan.Testing;

namespace Tanpan.Web.Tests.Features.Ui;

/// <summary>
/// Issue 15, point 6b: every delete button of the app's pages sits in a form that asks first (a FlowForm with
/// <c>Confirm</c>, see FlowForm.razor), so one click never deletes. The pages are read as source: a new delete
/// button in a plain form, or a FlowForm without Confirm, fails here.
/// </summary>
public sealed class DeleteButtonsTests
{
    /// <summary>A button that deletes: styled as danger, or labelled with a Delete/Remove string.</summary>
    private static readonly Regex DeleteButton = new(
        "<button[^>]*(class=\"danger\"|>@\\w+\\[\"(Delete|Remove)\\w*\"\\])", RegexOptions.Compiled);

    [Fact]
    public void EveryDeleteButton_IsInAFormThatAsksForConfirmation()
    {
        // FlowForm.razor holds the confirmation's own 刪除 button, which is the step asked for.
        var pages = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src", "Tanpan.Web"), "*.razor", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "FlowForm.razor");
        var found = new List<string>();
        var unconfirmed = new List<string>();
        foreach (var file in pages)
        {
            var text = File.ReadAllText(file);
            foreach (Match button in DeleteButton.Matches(text))
            {
                var form = EnclosingForm(text, button.Index);
                var where = $"{Path.GetFileName(file)}: {button.Value}";
                found.Add(where);
                if (form is null || !form.StartsWith("<FlowForm", StringComparison.Ordinal) || !form.Contains("Confirm=", StringComparison.Ordinal))
                {
                    unconfirmed.Add(where);
                }
            }
        }

        // The pages with a delete today (activity entries/bills, sources, facilities, plans, measures, targets,
        // tariff plans, evidence, members): the scan must see them all, or it proves nothing.
        foreach (var page in new[] { "Source.razor", "Organisation.razor", "Plan.razor", "Target.razor", "TariffPlan.razor", "EvidencePage.razor", "MemberEdit.razor" })
        {
            found.ShouldContain(f => f.StartsWith(page + ":", StringComparison.Ordinal), $"no delete button found in {page}");
        }

        unconfirmed.ShouldBeEmpty();
    }

    /// <summary>The opening tag of the innermost form (<c>&lt;form</c> or <c>&lt;FlowForm</c>) still open at <paramref name="at"/>.</summary>
    private static string? EnclosingForm(string text, int at)
    {
        var before = text[..at];
        var open = Math.Max(before.LastIndexOf("<FlowForm", StringComparison.Ordinal), before.LastIndexOf("<form", StringComparison.Ordinal));
        if (open < 0)
        {
            return null;
        }

        var close = Math.Max(before.LastIndexOf("</FlowForm>", StringComparison.Ordinal), before.LastIndexOf("</form>", StringComparison.Ordinal));
        if (close > open)
        {
            return null;
        }

        var end = text.IndexOf('>', open);
        // A FlowForm's attributes may hold lambdas with '>' (=>): take up to the end of the line of attributes.
        var tagEnd = text.IndexOf("\">", open, StringComparison.Ordinal);
        return text[open..Math.Max(end, tagEnd + 1)];
    }
}
