using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Members;
using Tanpan.Web.Tests.Features.Meters;

namespace Tanpan.Web.Tests.Features;

/// <summary>
/// Every numeric or date query value of the API routes (found by grepping the route handlers for query parameters),
/// out of range, answers 400 with a message in both languages, never 500 (issue 16); and the pages that pass a page
/// number or year on to them still answer 200.
/// </summary>
public abstract class QueryValuesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Theory]
    [MemberData(nameof(QueryValueCases.OutOfRange), MemberType = typeof(QueryValueCases))]
    public async Task Get_OutOfRangeQueryValue_Is400InBothLanguages(string route, string query)
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, path) = await WorldAsync(app, route);

        var response = await world.Client.GetAsync(new Uri($"{path}?{query}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        var text = string.Join(" ", [problem.Title, problem.Detail, .. problem.Errors.SelectMany(e => e.Value)]);
        text.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        text.ShouldMatch("(must|should) (be|look)");
    }

    [Theory]
    [InlineData("/inventories/{inventory}/audit?page=2147483647")]
    [InlineData("/tariffs/plans?page=2147483647")]
    [InlineData("/meters?page=2147483647")]
    [InlineData("/meters/alerts?page=2147483647&deliveries=2147483647")]
    [InlineData("/meters/{meter}?year=0")]
    [InlineData("/meters/{meter}?year=2147483647")]
    public async Task Page_OutOfRangeQueryValue_IsStillAnswered(string route)
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, path) = await WorldAsync(app, route);
        var owner = await app.SeedUserAsync(false, (world.World.OrganisationId, MembershipRole.Owner));
        var client = await MembersPagesTests<TFixture>.PageClientAsync(app, owner);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
    }

    [Fact]
    public void QueryValues_Bounds_AreTheStatedOnes()
    {
        (QueryValues.IsPage(1), QueryValues.IsPage(QueryValues.MaxPage), QueryValues.IsPage(0), QueryValues.IsPage(QueryValues.MaxPage + 1)).ShouldBe((true, true, false, false));
        (QueryValues.IsYear(2000), QueryValues.IsYear(2100), QueryValues.IsYear(1999), QueryValues.IsYear(2101)).ShouldBe((true, true, false, false));
        ((long)QueryValues.MaxPage * 500).ShouldBeLessThan(int.MaxValue); // the largest offset any route computes
    }

    private static async Task<(MeterWorld World, string Path)> WorldAsync(AccountsApp app, string route)
    {
        var world = await MeterWorld.CreateAsync(app);
        var inventory = await world.World.CreateInventoryAsync(2021);
        var meter = await world.CreateMeterAsync();
        return (world, route.Replace("{inventory}", inventory.Id.ToString(), StringComparison.Ordinal)
            .Replace("{meter}", meter.Id.ToString(), StringComparison.Ordinal)
            .Replace("{facility}", world.Facility.Id.ToString(), StringComparison.Ordinal));
    }
}

/// <summary>The API query values out of range, as (route, query).</summary>
public static class QueryValueCases
{
    public static TheoryData<string, string> OutOfRange { get; } = new()
    {
        // route (with {inventory}, {meter}, {facility}), query
        { "/api/v1/inventories/{inventory}/audit", "page=0" },
        { "/api/v1/inventories/{inventory}/audit", "page=-1" },
        { "/api/v1/inventories/{inventory}/audit", "page=2147483647&pageSize=200" },
        { "/api/v1/inventories/{inventory}/results/rows", "page=0" },
        { "/api/v1/inventories/{inventory}/results/rows", "page=2147483647" },
        { "/api/v1/tariff-plans", "page=0" },
        { "/api/v1/tariff-plans", "page=2147483647" },
        { "/api/v1/meters", "page=-2147483648" },
        { "/api/v1/meters", "page=2147483647" },
        { "/api/v1/meters/alerts", "page=2147483647" },
        { "/api/v1/organisation/alert-webhook/deliveries", "page=0" },
        { "/api/v1/meters/{meter}/months", "year=0" },
        { "/api/v1/meters/{meter}/months", "year=-1" },
        { "/api/v1/meters/{meter}/months", "year=10000" },
        { "/api/v1/meters/{meter}/months", "year=2147483647" },
        { "/api/v1/meters/{meter}/dashboard", "date=0001-01-01" },
        { "/api/v1/meters/{meter}/dashboard", "date=9999-12-31" },
        { "/api/v1/facilities/{facility}/energy", "date=0001-01-01" },
    };
}

public sealed class SqliteQueryValuesTests(SqliteFixture fixture) : QueryValuesTests<SqliteFixture>(fixture);

public sealed class PostgresQueryValuesTests(PostgresFixture fixture) : QueryValuesTests<PostgresFixture>(fixture);
