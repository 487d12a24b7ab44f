using System.Net;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Inventories.Pages.FlowPages;

namespace Tanpan.Web.Tests.Features.Inventories.Pages;

/// <summary>/inventories and /inventories/{id}: the list, the create form and the settings form.</summary>
public abstract class InventoryPagesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Inventories_Member_ListsYearsAndOffersTheCreateForm()
    {
        await using var app = new AccountsApp(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        await world.CreateInventoryAsync(2021);

        var html = await HtmlAsync(world.Client, "/inventories");

        html.ShouldContain("<h1>盤查年度</h1>");
        html.ShouldContain(">2021</a>");
        html.ShouldContain("name=\"_handler\" value=\"create-inventory\"");
        html.ShouldContain("<label for=\"year\">年度（西元）</label>");
        html.ShouldContain("value=\"2025\"");   // the clock says 2026: last year is the default
    }

    [Fact]
    public async Task Inventory_OtherOrganisationsId_Is404()
    {
        await using var app = new AccountsApp(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var other = await Seed.TenantAsync(fixture);

        var response = await world.Client.GetAsync(new Uri($"/inventories/{other.InventoryYearId}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
