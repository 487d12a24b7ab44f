using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Testing;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// The served <c>/openapi/v1.json</c> must equal the committed <c>docs/openapi.v1.json</c>, so an API
/// change shows up in review. To accept a change: <c>TANPAN_WRITE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests</c>.
/// </summary>
public sealed class OpenApiDocumentTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private const string WriteVariable = "TANPAN_WRITE_OPENAPI";

    [Fact]
    public async Task OpenApiDocument_Served_EqualsCommittedDocument()
    {
        await using var app = AccountsApp.Shared(fixture);
        using var client = app.CreateClient();
        var served = Normalise(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var committedPath = Path.Combine(RepositoryRoot.Path, "docs", "openapi.v1.json");

        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            await File.WriteAllTextAsync(committedPath, served);
        }

        var committed = File.Exists(committedPath) ? Normalise(await File.ReadAllTextAsync(committedPath)) : "";
        served.ShouldBe(committed, customMessage:
            $"docs/openapi.v1.json differs from the served document. If the API change is intended, regenerate it with " +
            $"`{WriteVariable}=1 dotnet test tests/Tanpan.Web.Tests --filter OpenApiDocumentTests` and commit the file.");
        served.ShouldContain("/api/v1/inventories/{id}/results");
    }

    private static string Normalise(string json) => json.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
