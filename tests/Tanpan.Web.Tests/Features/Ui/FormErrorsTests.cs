using System.Net;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Ui;

/// <summary>
/// Forms a person can use (issue 15 item 6): every form of <see cref="FormCatalogue"/> is posted as a browser would —
/// the page's own values with several fields spoiled at once — in Chinese and in English, and each spoiled field must
/// come back marked invalid, with its own message next to it in words of the page's language (no internal key, no
/// English on the Chinese page), still holding what was typed; and the database must not have changed at all.
/// All failures of all forms are reported together.
/// </summary>
public sealed class FormErrorsTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Theory]
    [InlineData("zh-TW")]
    [InlineData("en")]
    public async Task EveryForm_WithSeveralFieldsWrong_ShowsEachMessageByItsField_AndSavesNothing(string culture)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await FormWorld.CreateAsync(app, fixture);
        if (culture == "en")
        {
            world.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        }

        var failures = new List<string>();
        foreach (var form in FormCatalogue.Cases)
        {
            failures.AddRange((await PostSpoiledAsync(world, form, culture)).Select(f => $"{form}: {f}"));
        }

        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    private async Task<List<string>> PostSpoiledAsync(FormWorld world, FormCase form, string culture)
    {
        var route = form.Route(world);
        var page = await world.Client.GetAsync(new Uri(route, UriKind.Relative));
        if (page.StatusCode != HttpStatusCode.OK)
        {
            return [$"GET {route} answered {(int)page.StatusCode}"];
        }

        var shown = await page.Content.ReadAsStringAsync();
        if (BrowserForm.Values(shown, form.Form) is not { } values)
        {
            return [$"no form «{form.Form}» on {route}"];
        }

        // An option without a value attribute posts its text ("（不採用盤查）" for "no inventory"); Blazor leaves out value="".
        var textOptions = System.Text.RegularExpressions.Regex.Matches(shown, "<option\\b(?![^>]*\\svalue=)[^>]*>[^<]*").Select(m => m.Value).ToList();
        var failures = textOptions.Select(o => $"an option without a value posts its text: {o}").ToList();
        foreach (var (name, value) in form.Spoiled.Concat(form.Extra))
        {
            values[name] = value;
        }

        var before = await DatabaseFingerprint.TakeAsync(fixture.Settings.ConnectionString);
        var response = await world.Client.PostAsync(new Uri(route, UriKind.Relative), new FormUrlEncodedContent(values));
        var changed = DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(fixture.Settings.ConnectionString));
        if (changed.Count > 0)
        {
            failures.Add($"saved something: {string.Join(", ", changed)}");
        }

        if (response.StatusCode != HttpStatusCode.OK || response.RequestMessage?.RequestUri?.AbsolutePath != route.Split('?')[0])
        {
            failures.Add($"answered {(int)response.StatusCode} at {response.RequestMessage?.RequestUri?.AbsolutePath} instead of the form again "
                + $"(posted {string.Join(", ", values.Where(v => v.Key != "__RequestVerificationToken").Select(v => $"{v.Key}={v.Value}"))})");
            return failures;
        }

        var html = await PageForm.HtmlAsync(response);
        foreach (var (name, typed) in form.Spoiled)
        {
            if (FieldMessages.Control(html, name) is null)
            {
                failures.Add($"{name}: the field is gone from the page");
                continue;
            }

            var message = FieldMessages.MessageFor(html, name);
            if (message is null)
            {
                failures.Add($"{name}: no message next to the field");
            }
            else if (FieldMessages.NotPlain(message, culture) is { } why)
            {
                failures.Add($"{name}: message «{message}» — {why}");
            }

            if (!FieldMessages.MarkedInvalid(html, name))
            {
                failures.Add($"{name}: not marked invalid (aria-invalid)");
            }

            if (!string.IsNullOrWhiteSpace(typed) && !FieldMessages.Keeps(html, name, typed))
            {
                failures.Add($"{name}: lost what was typed («{typed}»)");
            }
        }

        return failures;
    }
}
