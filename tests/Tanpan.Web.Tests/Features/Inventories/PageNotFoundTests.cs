using System.Net;
using System.Net.Http.Json;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// Form posts to inventory pages whose inventory the member may not see: 404 from the page's own lookup
/// (<c>PageNotFound</c> + <c>MissingTarget</c>, the one mechanism), not Blazor's 400, and nothing changes.
/// </summary>
public abstract class PageNotFoundTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task FormPosts_ToPagesOfAnotherOrganisationsInventory_Are404AndChangeNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var owner = await InventoryWorld.CreateAsync(app);
        var theirs = await owner.CreateInventoryAsync(2021);
        var stranger = await InventoryWorld.CreateAsync(app);
        var mine = await stranger.CreateInventoryAsync(2021);
        var token = ResultsHtml.AntiforgeryToken(await ResultsHtml.GetAsync(stranger.Client, $"/inventories/{mine.Id}/results"));

        foreach (var (path, form, fields) in new (string, string, (string, string)[])[]
        {
            ($"/inventories/{theirs.Id}/results", "intensity", [("Input.OutputQuantity", "5"), ("Input.OutputUnit", "t")]),
            ($"/inventories/{theirs.Id}/lock", "lock", [("LockInput.Checked", "true")]),
            ($"/inventories/{theirs.Id}", "inventory-settings", [("Input.Year", "2030")]),
            ($"/inventories/{theirs.Id}/documents", "none", []),
            ($"/inventories/{theirs.Id}/results/entries", "none", []),
            ($"/inventories/{Guid.NewGuid()}/lock", "lock", [("LockInput.Checked", "true")]),
        })
        {
            var response = await PostAsync(stranger.Client, path, form, token, fields);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        var after = (await owner.Client.GetFromJsonAsync<InventoryResponse>($"/api/v1/inventories/{theirs.Id}", AccountsApp.Json))!;
        (after.Year, after.OutputQuantity, after.LockedAt).ShouldBe((2021, null, null));
    }

    [Fact]
    public async Task FormPost_ByAVerifierToAnotherInventoryOfTheOrganisation_Is404AndDoesNotLockIt()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var verified = await world.CreateInventoryAsync(2021);
        var other = await world.CreateInventoryAsync(2022);
        using var verifier = await world.VerifierAsync(verified.Id);
        var token = ResultsHtml.AntiforgeryToken(await ResultsHtml.GetAsync(verifier, $"/inventories/{verified.Id}/results"));

        var response = await PostAsync(verifier, $"/inventories/{other.Id}/lock", "lock", token, [("LockInput.Checked", "true")]);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await world.Client.GetFromJsonAsync<InventoryResponse>($"/api/v1/inventories/{other.Id}", AccountsApp.Json))!.LockedAt.ShouldBeNull();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string form, string token, (string Name, string Value)[] fields)
    {
        var content = fields.ToDictionary(f => f.Name, f => f.Value);
        (content["__RequestVerificationToken"], content["_handler"]) = (token, form);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(content) };
        return await client.SendAsync(request);
    }
}
