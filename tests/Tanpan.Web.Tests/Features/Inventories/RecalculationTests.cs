using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Web.Data.Entities;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Inventories.Pages.FlowPages;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>Moving an inventory to other factor or GWP sets: a previewed, audited recalculation, never a plain update.</summary>
public abstract class RecalculationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Preview_Seed001ToAr4_TotalsEqualTheCalculationWithEachSetAndNothingChanges()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, sourceIds, _) = await Seed001Example.EnterAsync(world);
        var results = await ResultsApiClient.GetAsync(world.Client, inventoryId);

        var preview = await PreviewAsync(world.Client, inventoryId, new { gwpSetId = "AR4" });

        var records = ActivityFileReader.Open(Path.Combine("samples", "seed001-example-2021.csv")).Records.ToList();
        var ar4 = InventoryCalculation.Run(records, new InventoryOptions(FactorLibrary.DefaultSetId, "AR4")).Result.ShouldNotBeNull();
        (preview.FromGwpSetId, preview.ToGwpSetId, preview.ToFactorSetId).ShouldBe(("AR5", "AR4", FactorLibrary.DefaultSetId));
        preview.BeforeKilograms.ShouldBe(results.TotalKilograms);
        preview.AfterKilograms.ShouldBe(ar4.Total.Kilograms);
        preview.AfterKilograms.ShouldNotBe(preview.BeforeKilograms);
        preview.ChangePercent.ShouldBe((preview.AfterKilograms - preview.BeforeKilograms) / preview.BeforeKilograms * 100m);
        preview.Sources.Select(s => s.SourceId).ShouldBe(sourceIds, ignoreOrder: true);
        preview.Sources.Sum(s => s.AfterKilograms).ShouldBe(preview.AfterKilograms);
        preview.Sources.Sum(s => s.ChangeKilograms).ShouldBe(preview.ChangeKilograms);
        preview.Sources.Single(s => s.Process == "製程及公用動力").ChangeKilograms.ShouldBe(0m); // CO2 only: the GWP set does not move it
        (await world.Client.GetFromJsonAsync<InventoryResponse>($"/api/v1/inventories/{inventoryId}", AccountsApp.Json))!.GwpSetId.ShouldBe("AR5");
    }

    [Fact]
    public async Task Put_ChangingTheGwpSetOfAnInventoryWithEntries_400PointingToRecalculationAndNothingChanges()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world);

        var response = await world.Client.PutAsJsonAsync($"/api/v1/inventories/{inventoryId}",
            new { year = 2021, boundary = "OperationalControl", gwpSetId = "AR4" }, AccountsApp.Json);

        var message = (await Validation.ErrorsAsync(response))["gwpSetId"].ShouldHaveSingleItem();
        message.ShouldContain("重新計算");
        message.ShouldContain("/recalculate");
        message.ShouldContain("use recalculation");
        (await world.Client.GetFromJsonAsync<InventoryResponse>($"/api/v1/inventories/{inventoryId}", AccountsApp.Json))!.GwpSetId.ShouldBe("AR5");
    }

    [Fact]
    public async Task Put_ChangingTheSetsOfAnInventoryWithoutEntries_IsAllowed()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();

        var response = await world.Client.PutAsJsonAsync($"/api/v1/inventories/{inventory.Id}",
            new { year = 2021, boundary = "OperationalControl", factorSetId = "moenv-2024", gwpSetId = "AR6" }, AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Recalculate_Applies_ResultsEqualThePreviewAndTheAuditKeepsTheDiff()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world);
        var preview = await PreviewAsync(world.Client, inventoryId, new { gwpSetId = "AR4" });

        var response = await world.Client.PostAsJsonAsync($"/api/v1/inventories/{inventoryId}/recalculate", new { gwpSetId = "AR4" }, AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var results = await ResultsApiClient.GetAsync(world.Client, inventoryId);
        (results.GwpSetId, results.TotalKilograms).ShouldBe(("AR4", preview.AfterKilograms));
        var audit = (await world.Client.GetFromJsonAsync<AuditPage>($"/api/v1/inventories/{inventoryId}/audit", AccountsApp.Json))!;
        var entry = audit.Items.Single(i => i.EntityType == "Recalculation");
        entry.Action.ShouldBe(AuditAction.Update);
        entry.OldValues.ShouldNotBeNull().ShouldContain("\"GwpSetId\":\"AR5\"");
        var diff = entry.NewValues.ShouldNotBeNull();
        diff.ShouldContain("\"GwpSetId\":\"AR4\"");
        diff.ShouldContain("ChangePercent");
        diff.ShouldContain("天然氣");
        audit.Items.ShouldContain(i => i.EntityType == "InventoryYear" && i.NewValues!.Contains("AR4"));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Preview_RefrigerantAbove5Percent_RequiresABaseYearRecalculationOnlyForTheBaseYear(bool baseYear, bool required)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.PostAsync<InventoryResponse>("/api/v1/inventories", new { year = 2021, boundary = "OperationalControl", isBaseYear = baseYear });
        var source = await world.CreateSourceAsync(inventory.Id, new
        {
            facilityId = facility.Id, process = "冰箱", equipment = "冰箱", sourceType = "逸散", material = "R-134a", equipmentType = "家用冷凍、冷藏裝備",
        });
        await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, amount = 0.9m, unit = "公斤" });

        var preview = await PreviewAsync(world.Client, inventory.Id, new { gwpSetId = "AR4" });

        Math.Abs(preview.ChangePercent!.Value).ShouldBeGreaterThan(5m); // HFC-134a: 1,300 (AR5) against 1,430 (AR4)
        (preview.IsBaseYear, preview.ThresholdPercent, preview.BaseYearRecalculationRequired).ShouldBe((baseYear, 5m, required));
    }

    [Fact]
    public async Task Recalculate_ViewerOrLockedOrUnknownSet_RefusedAndNothingChanges()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world);
        var viewer = await world.MemberAsync(MembershipRole.Viewer);
        var url = $"/api/v1/inventories/{inventoryId}/recalculate";

        (await viewer.PostAsJsonAsync(url, new { gwpSetId = "AR4" }, AccountsApp.Json)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.PostAsJsonAsync($"{url}/preview", new { gwpSetId = "AR4" }, AccountsApp.Json)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Validation.ErrorsAsync(await world.Client.PostAsJsonAsync(url, new { factorSetId = "moenv-9.9" }, AccountsApp.Json))).Keys.ShouldBe(["factorSetId"]);
        (await world.Client.PostAsync(new Uri($"/api/v1/inventories/{inventoryId}/lock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await world.Client.PostAsJsonAsync(url, new { gwpSetId = "AR4" }, AccountsApp.Json)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.InventoryYears.SingleAsync()).GwpSetId.ShouldBe("AR5");
        (await db.AuditEntries.CountAsync(a => a.EntityType == "Recalculation")).ShouldBe(0);
    }

    [Fact]
    public async Task RecalculatePage_PreviewShowsTheDiffAndApplyMovesTheSets()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world);
        var path = $"/inventories/{inventoryId}/recalculate";
        (await HtmlAsync(world.Client, $"/inventories/{inventoryId}")).ShouldContain($"href=\"{path}\"");

        var preview = await PostHtmlAsync(world.Client, path, "preview", [F("Preview.FactorSetId", FactorLibrary.DefaultSetId), F("Preview.GwpSetId", "AR4")]);

        preview.ShouldContain("moenv-6.0.4 / AR5 → moenv-6.0.4 / AR4");
        preview.ShouldContain("class=\"num change\"");
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            (await db.InventoryYears.SingleAsync()).GwpSetId.ShouldBe("AR5");
        }

        var body = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", AntiforgeryField(preview)), new("_handler", "apply"),
            F("Apply.FactorSetId", FactorLibrary.DefaultSetId), F("Apply.GwpSetId", "AR4"),
        };
        var applied = await world.Client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(body));
        applied.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.Found);
        await using var check = fixture.CreateContext(world.OrganisationId);
        (await check.InventoryYears.SingleAsync()).GwpSetId.ShouldBe("AR4");
    }

    private static async Task<RecalculationPreview> PreviewAsync(HttpClient client, Guid inventoryId, object request)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/inventories/{inventoryId}/recalculate/preview", request, AccountsApp.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RecalculationPreview>(AccountsApp.Json))!;
    }
}
