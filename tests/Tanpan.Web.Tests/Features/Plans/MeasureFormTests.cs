using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.Plans;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Plans;

/// <summary>
/// The add-measure form (issue 15, point 6a): one labelled input per calculator parameter, the kind chosen by a GET
/// round trip, messages in words next to their fields (never a command-line flag), and removal only after a confirmation.
/// </summary>
public abstract class MeasureFormTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly Dictionary<string, string> Led = new()
    {
        ["count"] = "200", ["watts-before"] = "40", ["watts-after"] = "18", ["hours"] = "4000", ["price-electricity"] = "3.2", ["investment"] = "180000",
    };

    [Fact]
    public async Task ChosenKind_RendersItsLabelledFieldsWithUnitsAndDefaults()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);

        var vsd = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/planning/plans/{plan.Id}?kind=vsd", UriKind.Relative)));
        var led = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/planning/plans/{plan.Id}?kind=led", UriKind.Relative)));

        // The GET form that chooses the kind, and the chosen kind posted as a hidden field.
        vsd.ShouldContain("<select id=\"chooseKind\" name=\"kind\">");
        vsd.ShouldContain("name=\"Input.Kind\" value=\"vsd\"");
        // VariableSpeedDrive: "drive-efficiency", 0–1, "變頻器效率（預設 0.97）" → label, unit, pre-filled 0.97.
        vsd.ShouldContain("變頻器效率");
        vsd.ShouldMatch("id=\"value-drive-efficiency\" name=\"Value.drive-efficiency\" value=\"0.97\" inputmode=\"decimal\"");
        vsd.ShouldContain("（比例，0–1）");
        // LedLighting: 燈具數 in 盞, 年點燈時數 in 小時/年; investment pre-filled with its default 0.
        led.ShouldContain("燈具數");
        led.ShouldContain("（盞）");
        led.ShouldContain("（小時/年）");
        led.ShouldMatch("name=\"Value.investment\" value=\"0\"");
        led.ShouldNotContain("textarea");
        var custom = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/planning/plans/{plan.Id}?kind=custom", UriKind.Relative)));
        custom.ShouldContain("外購電力年節省量");
        custom.ShouldContain("（kWh/年）");
        custom.ShouldNotContain("electricity 年節省量");
        HasCommandLineFlag(led).ShouldBeFalse(); // no command-line flag
    }

    [Fact]
    public async Task LabelledFields_ComputeTheSameFiguresAsTheApiWithTheSameParameters()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);
        var fields = new Dictionary<string, string> { ["Input.Kind"] = "led", ["Input.Label"] = "頁面", ["Input.StartYear"] = "2026", ["Input.LifetimeYears"] = "8" };
        foreach (var (key, value) in Led)
        {
            fields["Value." + key] = value;
        }

        var response = await PageForm.PostAsync(world.Client, $"/planning/plans/{plan.Id}", "add-measure", fields);
        var api = await world.Inventories.PostAsync<PlanMeasureResponse>($"/api/v1/plans/{plan.Id}/measures",
            new { kind = "led", label = "API", startYear = 2026, lifetimeYears = 8, parameters = Led });

        response.StatusCode.ShouldBeOneOf([HttpStatusCode.Redirect, HttpStatusCode.SeeOther, HttpStatusCode.OK]);
        var measures = await world.GetAsync<List<PlanMeasureResponse>>($"/api/v1/plans/{plan.Id}/measures");
        var page = measures.Single(m => m.Label == "頁面");
        page.Parameters.ShouldBe(api.Parameters);
        // 200 × (40 − 18) W × 4000 h / 1000 = 17,600 kWh; × NT$3.2 = NT$56,320 a year.
        page.CostSavedNtd.ShouldBe(56_320m);
        (page.Co2eT, page.CostSavedNtd, page.NetInvestmentNtd, page.PaybackYears, page.NpvNtd, page.Irr)
            .ShouldBe((api.Co2eT, api.CostSavedNtd, api.NetInvestmentNtd, api.PaybackYears, api.NpvNtd, api.Irr));
    }

    [Fact]
    public async Task BadValues_ShowWordsNextToEachFieldKeepTheValuesAndSaveNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);

        var response = await PageForm.PostAsync(world.Client, $"/planning/plans/{plan.Id}", "add-measure", new()
        {
            ["Input.Kind"] = "led", ["Input.StartYear"] = "2026", ["Input.LifetimeYears"] = "10",
            ["Value.count"] = "0", ["Value.watts-before"] = "四十", ["Value.watts-after"] = "18", ["Value.hours"] = "",
        });

        var html = await PageForm.HtmlAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        HasCommandLineFlag(html).ShouldBeFalse(); // no command-line flag
        // Each message sits in its own field's block, after the field's input (all three at once).
        Field(html, "count").ShouldContain("「燈具數」須至少為 1（收到 0）");
        Field(html, "watts-before").ShouldContain("「原燈具功率」須為數字（收到「四十」）");
        Field(html, "watts-before").ShouldContain("value=\"四十\"");
        Field(html, "hours").ShouldContain("請填寫「年點燈時數」");
        Field(html, "watts-after").ShouldNotContain("validation-message");
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        (await db.PlanMeasures.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task BadValuesInEnglish_NameTheFieldsInEnglishWithoutFlags()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);
        (await world.Client.GetAsync(new Uri("/culture?c=en&redirect=/", UriKind.Relative))).EnsureSuccessStatusCode();

        var html = await PageForm.HtmlAsync(await PageForm.PostAsync(world.Client, $"/planning/plans/{plan.Id}", "add-measure", new()
        {
            ["Input.Kind"] = "vsd", ["Input.StartYear"] = "2026", ["Input.LifetimeYears"] = "10", ["Value.drive-efficiency"] = "1.5",
        }));

        HasCommandLineFlag(html).ShouldBeFalse();
        // VariableSpeedDrive reads drive-efficiency as a fraction in (0, 1].
        Field(html, "drive-efficiency").ShouldContain("'drive efficiency' must be greater than 0 and at most 1 (got 1.5)");
        Field(html, "drive-efficiency").ShouldContain("value=\"1.5\"");
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        (await db.PlanMeasures.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task RemoveMeasure_WithoutConfirmation_AsksAndDeletesNothing_ConfirmedDeletes()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);
        var measure = await world.ElectricityMeasureAsync(plan.Id, 1_000m, 2026);
        var path = $"/planning/plans/{plan.Id}";

        var asked = await PageForm.HtmlAsync(await PageForm.PostAsync(world.Client, path, "remove-measure", new() { ["RemoveMeasureId"] = measure.Id.ToString() }));
        await using (var db = fixture.CreateContext(world.Inventories.OrganisationId))
        {
            (await db.PlanMeasures.CountAsync()).ShouldBe(1);
        }

        asked.ShouldContain("確定要刪除措施「空壓機群控 (2026)」嗎？");
        asked.ShouldContain($"name=\"RemoveMeasureId\" value=\"{measure.Id}\"");
        asked.ShouldContain("name=\"__confirmed\" value=\"yes\"");
        var confirmed = await PageForm.PostAsync(world.Client, path, "remove-measure", new() { ["RemoveMeasureId"] = measure.Id.ToString(), ["__confirmed"] = "yes" });
        confirmed.StatusCode.ShouldBeOneOf([HttpStatusCode.Redirect, HttpStatusCode.SeeOther, HttpStatusCode.OK]);
        await using var after = fixture.CreateContext(world.Inventories.OrganisationId);
        (await after.PlanMeasures.CountAsync()).ShouldBe(0);
    }

    /// <summary>The HTML of one parameter's field block (from its input to the next field).</summary>
    private static string Field(string html, string key)
    {
        var match = Regex.Match(html, $"<label for=\"value-{Regex.Escape(key)}\">.*?(?=<div class=\"field\"|</fieldset>)", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"no field for {key}");
        return match.Value;
    }

    /// <summary>
    /// A command-line flag (<c>--name</c>) in the page, outside HTML comments and the antiforgery tokens, whose
    /// base64url alphabet can hold "--x" by chance.
    /// </summary>
    private static bool HasCommandLineFlag(string html) =>
        Regex.IsMatch(Regex.Replace(html, "name=\"__RequestVerificationToken\" value=\"[^\"]*\"", ""), "(?<!<!)--[a-z]");
}

public sealed class SqliteMeasureFormTests(SqliteFixture fixture) : MeasureFormTests<SqliteFixture>(fixture);

public sealed class PostgresMeasureFormTests(PostgresFixture fixture) : MeasureFormTests<PostgresFixture>(fixture);
