using System.Net;
using System.Net.Http.Json;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>An organisation with a signed-in member of the given role, and helpers that call the inventory API.</summary>
internal sealed class InventoryWorld(AccountsApp app, Guid organisationId, HttpClient client)
{
    public AccountsApp App { get; } = app;

    public Guid OrganisationId { get; } = organisationId;

    public HttpClient Client { get; } = client;

    public static async Task<InventoryWorld> CreateAsync(AccountsApp app, MembershipRole role = MembershipRole.Owner, bool administrator = false)
    {
        var organisationId = await app.SeedOrganisationAsync();
        var user = await app.SeedUserAsync(administrator, (organisationId, role));
        return new(app, organisationId, await app.SignedInClientAsync(user));
    }

    /// <summary>A client of another member of the same organisation.</summary>
    public async Task<HttpClient> MemberAsync(MembershipRole role, bool administrator = false) =>
        await App.SignedInClientAsync(await App.SeedUserAsync(administrator, (OrganisationId, role)));

    /// <summary>A signed-in client of a verifier limited to one inventory of this organisation.</summary>
    public async Task<HttpClient> VerifierAsync(Guid inventoryYearId) =>
        await App.SignedInClientAsync(await App.SeedVerifierAsync(OrganisationId, inventoryYearId));

    public Task<T> CreateFacilityAsync<T>(string name = "示範工廠") => PostAsync<T>("/api/v1/facilities", new { name });

    public Task<InventoryResponse> CreateInventoryAsync(int year = 2021) =>
        PostAsync<InventoryResponse>("/api/v1/inventories", new { year, boundary = "OperationalControl" });

    public Task<SourceResponse> CreateSourceAsync(Guid inventoryId, object request) =>
        PostAsync<SourceResponse>($"/api/v1/inventories/{inventoryId}/sources", request);

    public Task<ActivityResponse> CreateActivityAsync(Guid inventoryId, Guid sourceId, object request) =>
        PostAsync<ActivityResponse>($"/api/v1/inventories/{inventoryId}/sources/{sourceId}/activity", request);

    public async Task<T> PostAsync<T>(string path, object body)
    {
        var response = await Client.PostAsJsonAsync(path, body, AccountsApp.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(AccountsApp.Json))!;
    }
}
