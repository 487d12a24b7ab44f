using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Tanpan.Web.Features.Evidence;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.Evidence;

/// <summary>
/// An organisation with one activity entry (diesel, 2021), and helpers to upload evidence for it. The app's evidence
/// folder may be shared by the class's tests (<see cref="AccountsApp.Shared"/>), so a test reads what it stored there through
/// <see cref="NewEntries"/>: the folder's entries that were not there when the world was made (a class's tests run one at a time).
/// </summary>
internal sealed class EvidenceWorld(InventoryWorld world, Guid inventoryId, Guid sourceId, Guid entryId, string folder, HashSet<string> before)
{
    public InventoryWorld World { get; } = world;

    public Guid InventoryId { get; } = inventoryId;

    public Guid SourceId { get; } = sourceId;

    public Guid EntryId { get; } = entryId;

    public string EntryPath => $"/api/v1/inventories/{InventoryId}/sources/{SourceId}/activity/{EntryId}/evidence";

    public static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8];

    public static async Task<EvidenceWorld> CreateAsync(AccountsApp app)
    {
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync();
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "固定燃燒", material = "柴油" });
        var entry = await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, month = 1, amount = 56, unit = "公升" });
        return new(world, inventory.Id, source.Id, entry.Id, app.EvidencePath, [.. Directory.GetFileSystemEntries(app.EvidencePath)]);
    }

    /// <summary>The evidence folder's files and folders added since this world was made.</summary>
    public string[] NewEntries() => [.. Directory.GetFileSystemEntries(folder).Where(e => !before.Contains(e))];

    public Task<HttpResponseMessage> UploadAsync(byte[] bytes, string fileName, HttpClient? client = null) =>
        UploadAsync(client ?? World.Client, EntryPath, bytes, fileName);

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    public async Task<EvidenceResponse> UploadOkAsync(byte[] bytes, string fileName)
    {
        var response = await UploadAsync(bytes, fileName);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<EvidenceResponse>(AccountsApp.Json))!;
    }

    /// <summary>A minimal Office Open XML package: the content-types part and one part under <paramref name="folder"/>.</summary>
    public static byte[] OfficePackage(string folder)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in (string[])["[Content_Types].xml", $"{folder}/document.xml"])
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<?xml version=\"1.0\"?><x/>");
            }
        }

        return buffer.ToArray();
    }

    public static byte[] PlainZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        return buffer.ToArray();
    }
}
