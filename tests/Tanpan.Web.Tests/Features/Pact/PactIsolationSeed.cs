using System.Net;
using System.Net.Http.Headers;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Pact;

/// <summary>For the tenant-isolation probes (<c>IsolationTests</c>): a PACT client of A with a token, and B's footprint shared with B's client.</summary>
internal sealed record PactIsolationSeed(string TokenA, Guid FootprintB, string TokenB, Guid ClientB)
{
    public static async Task<PactIsolationSeed> CreateAsync(AccountsApp app, DatabaseFixture fixture, Guid organisationA, Guid organisationB)
    {
        var world = new PactWorld(fixture, app);
        var clientA = await world.ClientAsync(organisationA);
        var clientB = await world.ClientAsync(organisationB);
        var footprintB = await world.PublishAsync(organisationB, PactFootprints.Coil(organisationB));
        await world.GrantAsync(organisationB, clientB.RowId, footprintB);
        using var a = await world.AuthorisedAsync(clientA);
        using var b = await world.AuthorisedAsync(clientB);
        return new PactIsolationSeed(a.DefaultRequestHeaders.Authorization!.Parameter!, footprintB, b.DefaultRequestHeaders.Authorization!.Parameter!, clientB.RowId);
    }

    /// <summary>
    /// A's client lists nothing of B's, while B's own client still gets its footprint: the probes found it missing for A
    /// only, and A's post to B's connection page revoked nothing (B's token still works).
    /// </summary>
    public static async Task ShouldSeeOnlyItsOwnAsync(AccountsApp app, PactIsolationSeed seed)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(seed);
        using var a = app.CreateClient();
        a.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", seed.TokenA);
        (await a.GetStringAsync(new Uri("/3/footprints", UriKind.Relative))).ShouldBe("{\"data\":[]}");
        using var b = app.CreateClient();
        b.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", seed.TokenB);
        (await b.GetAsync(new Uri($"/3/footprints/{seed.FootprintB}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
