using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Tanpan.Web.Tests.Data;

/// <summary>With no database configured the app keeps a SQLite file under its content root.</summary>
public sealed class SqliteDefaultsTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "tanpan-root-" + Guid.NewGuid().ToString("N"));

    public SqliteDefaultsTests() => Directory.CreateDirectory(_contentRoot);

    [Fact]
    public async Task Startup_NothingConfigured_CreatesDataTanpanDbUnderTheContentRoot()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseContentRoot(_contentRoot));
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"provider\":\"sqlite\"");
        File.Exists(Path.Combine(_contentRoot, "data", "tanpan.db")).ShouldBeTrue();
    }

    [Fact]
    public void Startup_UnknownProvider_FailsNamingTheChoices()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseContentRoot(_contentRoot);
            web.UseSetting("Database:Provider", "oracle");
        });

        Should.Throw<InvalidOperationException>(() => factory.CreateClient()).Message.ShouldContain("use 'sqlite' or 'postgres'");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }
}
