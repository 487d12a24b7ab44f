using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// The results API in two parts: <c>…/results</c> (no rows) and <c>…/results/rows</c> (the traces, paged), both sent
/// from the cached bytes with the revision as ETag.
/// </summary>
public abstract class ResultRowsApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Rows_ReadPageByPage_AreTheFullCalculationsRowsInOrder()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, entryIds) = await Seed001Example.EnterAsync(world);
        var rowsPath = $"/api/v1/inventories/{inventoryId}/results/rows";
        var full = await FreshAsync(world.OrganisationId, inventoryId);
        full.Rows.Count.ShouldBe(entryIds.Count);

        var paged = new List<JsonElement>();
        var pages = new List<ResultRowsPage>();
        for (var page = 1; page <= 3; page++)
        {
            using var response = await world.Client.GetAsync(new Uri($"{rowsPath}?page={page}&pageSize=3", UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            paged.AddRange(json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.Clone()));
            pages.Add(json.RootElement.Deserialize<ResultRowsPage>(AccountsApp.Json)!);
        }

        pages.Select(p => (p.Page, p.PageSize, p.TotalRows, p.TotalPages, p.Rows.Count)).ShouldBe([(1, 3, 8, 3, 3), (2, 3, 8, 3, 3), (3, 3, 8, 3, 2)]);
        // Every row with every value of the full list (what GET …/results used to carry in "rows"), in the same order.
        paged.Select(r => JsonSerializer.Serialize(r.Deserialize<RowTrace>(AccountsApp.Json), AccountsApp.Json))
            .ShouldBe(full.Rows.Select(r => JsonSerializer.Serialize(r, AccountsApp.Json)));

        var past = (await world.Client.GetFromJsonAsync<ResultRowsPage>($"{rowsPath}?page=4&pageSize=3", AccountsApp.Json))!;
        (past.Rows.Count, past.TotalRows, past.TotalPages).ShouldBe((0, 8, 3));
        var defaults = (await world.Client.GetFromJsonAsync<ResultRowsPage>(rowsPath, AccountsApp.Json))!;
        (defaults.Page, defaults.PageSize, defaults.Rows.Count).ShouldBe((1, InventoriesApi.DefaultRowsPageSize, 8));
        defaults.Rows.Sum(r => r.Kilograms).ShouldBe(full.TotalKilograms);

        var summary = (await world.Client.GetFromJsonAsync<ResultsSummary>($"/api/v1/inventories/{inventoryId}/results", AccountsApp.Json))!;
        (summary.RowCount, summary.TotalKilograms, summary.Sources.Count, summary.Factors.Count)
            .ShouldBe((8, full.TotalKilograms, full.Sources.Count, full.Factors.Count));
        var raw = await world.Client.GetStringAsync(new Uri($"/api/v1/inventories/{inventoryId}/results", UriKind.Relative));
        raw.ShouldNotContain("\"rows\"");
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=501", "pageSize")]
    public async Task Rows_PageOrSizeOutOfRange_Is400NamingTheField(string query, string field)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();

        using var response = await world.Client.GetAsync(new Uri($"/api/v1/inventories/{inventory.Id}/results/rows?{query}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        (await world.Client.GetFromJsonAsync<ResultRowsPage>($"/api/v1/inventories/{inventory.Id}/results/rows?pageSize=500", AccountsApp.Json))!
            .TotalRows.ShouldBe(0);
    }

    [Theory]
    [InlineData("results")]
    [InlineData("results/rows?page=1&pageSize=5")]
    public async Task Results_WithTheCurrentETag_Are304UntilTheInventoryChanges(string path)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, sourceIds, _) = await Seed001Example.EnterAsync(world);
        var uri = new Uri($"/api/v1/inventories/{inventoryId}/{path}", UriKind.Relative);

        using var first = await world.Client.GetAsync(uri);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = first.Headers.ETag.ShouldNotBeNull();
        etag.IsWeak.ShouldBeFalse();
        var body = await first.Content.ReadAsStringAsync();

        using var same = await SendAsync(world.Client, uri, etag.ToString());
        same.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        same.Headers.ETag.ShouldBe(etag);
        (await same.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        (await SendAsync(world.Client, uri, $"\"other\", W/{etag}")).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        using var stale = await SendAsync(world.Client, uri, "\"0123\"");
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldBe(body);

        (await world.Client.PostAsJsonAsync($"/api/v1/inventories/{inventoryId}/sources/{sourceIds[0]}/activity",
            new { year = 2021, month = 3, amount = 1000, unit = "立方公尺", overlapReason = "另一張帳單" })).IsSuccessStatusCode.ShouldBeTrue();   // seed 001's year covers March
        using var changed = await SendAsync(world.Client, uri, etag.ToString());
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        changed.Headers.ETag.ShouldNotBeNull().ShouldNotBe(etag);
        (await changed.Content.ReadAsStringAsync()).ShouldNotBe(body);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Uri uri, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await client.SendAsync(request);
    }

    /// <summary>The calculation run now on the stored rows, with no cache and no snapshot.</summary>
    private async Task<InventoryResults> FreshAsync(Guid organisationId, Guid inventoryId)
    {
        await using var db = fixture.CreateContext(organisationId);
        var year = await db.InventoryYears.SingleAsync(y => y.Id == inventoryId);
        var (results, issues) = await ResultsCalculation.RunAsync(inventoryId, year.FactorSetId, year.GwpSetId, db, FactorLibrary.Shipped, default);
        issues.ShouldBeEmpty();
        return results!;
    }
}
