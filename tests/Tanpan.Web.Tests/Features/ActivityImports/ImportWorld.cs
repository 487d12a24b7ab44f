using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.ActivityImports;
using Tanpan.Web.Features.ActivityImports.Jobs;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.ActivityImports;

/// <summary>An owner with an empty 2021 inventory, and helpers that post files to its import route.</summary>
internal sealed class ImportWorld(InventoryWorld world, Guid inventoryId)
{
    public InventoryWorld World { get; } = world;

    public Guid InventoryId { get; } = inventoryId;

    public string ImportPath => $"/api/v1/inventories/{InventoryId}/import";

    public static async Task<ImportWorld> CreateAsync(AccountsApp app)
    {
        var world = await InventoryWorld.CreateAsync(app);
        return new(world, (await world.CreateInventoryAsync(2021)).Id);
    }

    public static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine("samples", name));

    public Task<HttpResponseMessage> PostAsync(byte[] bytes, string fileName, bool dryRun, HttpClient? client = null) =>
        PostAsync(client ?? World.Client, $"{ImportPath}?dryRun={(dryRun ? "true" : "false")}&confirmNewFacilities=true", bytes, fileName);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    public async Task<ImportPreview> PreviewAsync(byte[] bytes, string fileName, bool dryRun, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await PostAsync(bytes, fileName, dryRun);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportPreview>(AccountsApp.Json))!;
    }

    /// <summary>Counts of everything an import could change (facilities, sources, entries, audit rows) and the revision.</summary>
    public async Task<(int Facilities, int Sources, int Entries, int Audit, Guid Revision)> StateAsync(DatabaseFixture fixture)
    {
        await using var db = fixture.CreateContext(World.OrganisationId);
        return (await db.Facilities.CountAsync(), await db.EmissionSources.CountAsync(), await db.ActivityEntries.CountAsync(),
            await db.AuditEntries.IgnoreQueryFilters().CountAsync(),
            await db.InventoryYears.Where(y => y.Id == InventoryId).Select(y => y.Revision).SingleAsync());
    }

    /// <summary>Reads until <paramref name="done"/> holds (a background job finished), for at most two minutes.</summary>
    public static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Starts an import job (<c>POST …/imports</c>) and answers the response.</summary>
    public Task<HttpResponseMessage> StartJobAsync(byte[] bytes, string fileName, HttpClient? client = null) =>
        PostAsync(client ?? World.Client, $"/api/v1/inventories/{InventoryId}/imports?confirmNewFacilities=true", bytes, fileName);

    /// <summary>The job's status until it has finished.</summary>
    public async Task<ImportJobStatus> FinishedJobAsync(Uri location, HttpClient? client = null) =>
        await WaitAsync(async () => (await (client ?? World.Client).GetFromJsonAsync<ImportJobStatus>(location, AccountsApp.Json))!, j => j.Finished);
}
