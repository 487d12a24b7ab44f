using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Data;

/// <summary>The host picks the provider from configuration, migrates at startup and reports the database in /health.</summary>
public abstract class HostingTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Startup_ConfiguredDatabase_IsMigratedAndNamedByHealth()
    {
        var settings = await fixture.CreateEmptyDatabaseAsync();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Database:Provider", settings.ProviderName);
            web.UseSetting("ConnectionStrings:Tanpan", settings.ConnectionString);
        });
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var database = body.RootElement.GetProperty("database");
        database.GetProperty("provider").GetString().ShouldBe(fixture.Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres");
        database.GetProperty("status").GetString().ShouldBe("ok");
        await using var db = fixture.CreateContext(settings: settings);
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }
}
