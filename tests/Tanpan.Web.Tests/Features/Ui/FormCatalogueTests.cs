using System.Text.RegularExpressions;
using Tanpan.Testing;

namespace Tanpan.Web.Tests.Features.Ui;

/// <summary>
/// The list <see cref="FormErrorsTests"/> walks is complete: every form the app's pages declare (a FlowForm, a posted
/// <c>&lt;form @formname&gt;</c> or an EditForm) that holds a field a person fills in is in
/// <see cref="FormCatalogue.Cases"/> or in <see cref="FormCatalogue.NotApplicableForms"/> with a reason. A new form
/// with inputs fails here until it is listed; a listed form that no longer exists fails too (the list stays true).
/// Forms of buttons and hidden fields only (a delete, a lock, a toggle) have nothing to get wrong and are not listed.
/// </summary>
public sealed partial class FormCatalogueTests
{
    [Fact]
    public void EveryFormWithFields_IsPostedWithErrorsOrMarkedNotApplicable()
    {
        var declared = DeclaredForms();
        var listed = FormCatalogue.Cases.Select(c => Key(c.Page, c.Form))
            .Concat(FormCatalogue.NotApplicableForms.Select(n => Key(n.Page, n.Form))).ToList();

        declared.Count.ShouldBeGreaterThan(40, "the scan found the app's forms");
        declared.Where(d => d.HasFields && !listed.Contains(d.Key)).Select(d => d.Key).ShouldBeEmpty("forms with fields that are not in FormCatalogue");
        listed.Where(l => !declared.Any(d => d.Key == l)).ShouldBeEmpty("listed forms that no page declares");
        listed.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("listed twice");
        FormCatalogue.NotApplicableForms.Where(n => n.Reason.Length < 15).ShouldBeEmpty("a reason in words");
    }

    /// <summary>The scan itself: a form with a text field counts, one of buttons and hidden fields does not.</summary>
    [Fact]
    public void Scan_TellsFieldsFromButtons()
    {
        HasFields("""<TextField Id="a" Name="Input.Name" />""").ShouldBeTrue();
        HasFields("""<input id="x" name="Input.Capacity" inputmode="numeric" />""").ShouldBeTrue();
        HasFields("""<SourceFields Input="Input!" />""").ShouldBeTrue();
        HasFields("""<input type="hidden" name="Delete" value="1" /><button type="submit">刪除</button>""").ShouldBeFalse();
    }

    private static string Key(string page, string form) => $"{page} «{form}»";

    private static List<(string Key, bool HasFields)> DeclaredForms()
    {
        var found = new List<(string, bool)>();
        var pages = Directory.GetFiles(RepositoryRoot.Combine("src", "Tanpan.Web"), "*.razor", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is not ("FlowForm.razor" or "MissingTarget.razor"));
        foreach (var file in pages)
        {
            var text = File.ReadAllText(file);
            foreach (Match open in FormTag().Matches(text))
            {
                var close = text.IndexOf(open.Groups["flow"].Success ? "</FlowForm>" : open.Groups["edit"].Success ? "</EditForm>" : "</form>", open.Index, StringComparison.Ordinal);
                var body = text[open.Index..(close < 0 ? text.Length : close)];
                found.Add((Key(Path.GetFileName(file), Name(open.Groups["name"].Value)), HasFields(body)));
            }
        }

        return found;
    }

    /// <summary>A literal name as written; a computed one (<c>@($"share-{id}")</c>) by its literal start ("share-…").</summary>
    private static string Name(string written) =>
        written.StartsWith("@($\"", StringComparison.Ordinal) ? written[4..written.IndexOf('{', StringComparison.Ordinal)] + "…" : written;

    private static bool HasFields(string body) => Field().IsMatch(body);

    [GeneratedRegex("""(?<flow><FlowForm\b[^>]*?\bName=)"(?<name>@\(\$"[^"]*"\)|[^"]*)"|<form\b[^>]*method="post"[^>]*@formname="(?<name>[^"]*)"|(?<edit><EditForm\b[^>]*\bFormName=)"(?<name>[^"]*)""", RegexOptions.Singleline)]
    private static partial Regex FormTag();

    /// <summary>A visible input, select or textarea, a field component (TextField…) or a group of them (SourceFields…), or a Blazor input.</summary>
    [GeneratedRegex("""<input\b(?![^>]*type="(hidden|submit)")|<select\b|<textarea\b|<(TextField|SelectField|CheckField|TextAreaField|Input[A-Z]\w*|\w+Fields)\b""")]
    private static partial Regex Field();
}
