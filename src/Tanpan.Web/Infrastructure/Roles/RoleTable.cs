namespace Tanpan.Web.Infrastructure.Roles;

/// <summary>
/// Who may use each page and API route: the one table <see cref="RoleGate"/> enforces before any handler or page runs
/// (the handlers keep their own checks as a second line). Keyed "METHOD pattern" exactly as routing names the endpoint.
/// <c>RoleTableTests</c> enumerates every endpoint of the app: a route missing here, or one here that no longer exists,
/// fails it, and so does any role the table allows that the route itself refuses.
/// </summary>
public static partial class RoleTable
{
    // Each wave-2 feature keeps its rows in a file of its own (RoleTable.<Feature>.cs); a feature without rows yet
    // leaves its partial method unimplemented. A route named twice throws at start-up (Dictionary.Add).
    static partial void AddPact(Dictionary<string, Access> rules);
    static partial void AddProducts(Dictionary<string, Access> rules);
    static partial void AddCbam(Dictionary<string, Access> rules);
    static partial void AddProgrammes(Dictionary<string, Access> rules);
    static partial void AddTraining(Dictionary<string, Access> rules);
    static partial void AddActionPlans(Dictionary<string, Access> rules);
    static partial void AddGrants(Dictionary<string, Access> rules);
    static partial void AddHome(Dictionary<string, Access> rules);
    static partial void AddFirstAnswer(Dictionary<string, Access> rules);
    static partial void AddProgrammeCases(Dictionary<string, Access> rules);
    static partial void AddFollowUps(Dictionary<string, Access> rules);
    static partial void AddProgrammeKpis(Dictionary<string, Access> rules);

    static Dictionary<string, Access> Build()
    {
        var rules = new Dictionary<string, Access>(Core, StringComparer.Ordinal);
        AddPact(rules);
        AddProducts(rules);
        AddCbam(rules);
        AddProgrammes(rules);
        AddTraining(rules);
        AddActionPlans(rules);
        AddGrants(rules);
        AddHome(rules);
        AddFirstAnswer(rules);
        AddProgrammeCases(rules);
        AddFollowUps(rules);
        AddProgrammeKpis(rules);
        return rules;
    }

    static readonly Dictionary<string, Access> Core = new(StringComparer.Ordinal)
    {
        // Hosting, static files, culture, OpenAPI. (The fingerprinted files of MapStaticAssets are public by nature and
        // left out: their routes change with their content. /api/v1/ping-db exists only with benchmarks
        // on, and requires sign-in itself.)
        ["GET /health"] = Access.Anyone,
        ["GET /culture"] = Access.Anyone,
        ["GET {**path:file}"] = Access.Anyone,
        ["GET /_framework/opaque-redirect"] = Access.Anyone,
        ["HEAD {**path:file}"] = Access.Anyone,
        ["GET /openapi/v1.json"] = Access.Anyone,

        // Accounts (Features/Accounts): setup, sign-in and the antiforgery token before sign-in; the rest per account.
        ["GET /api/v1/setup"] = Access.Anyone,
        ["POST /api/v1/setup"] = Access.Anyone,
        ["GET /api/v1/antiforgery"] = Access.Anyone,
        ["POST /api/v1/session"] = Access.Anyone,
        ["DELETE /api/v1/session"] = Access.SignedIn,
        ["POST /api/v1/session/organisation"] = Access.SignedIn,
        ["GET /api/v1/me"] = Access.SignedIn,
        ["POST /api/v1/me/password"] = Access.SignedIn,
        ["POST /api/v1/organisations"] = Access.Administrator,
        ["GET /api/v1/organisations/{id:guid}"] = Access.SignedIn,
        ["GET /api/v1/tokens"] = Access.SignedIn,
        ["POST /api/v1/tokens"] = Access.SignedIn,
        ["DELETE /api/v1/tokens/{id:guid}"] = Access.SignedIn,
        ["GET /"] = Access.SignedIn,
        ["POST /"] = Access.SignedIn,   // switch organisation (any account); create one (administrator) checks itself
        ["GET /api/v1/me/invitations/"] = Access.SignedIn,   // invitations to the signed-in account (membership by consent)
        ["POST /api/v1/me/invitations/{id:guid}/accept"] = Access.SignedIn,
        ["POST /api/v1/me/invitations/{id:guid}/decline"] = Access.SignedIn,
        ["GET /account/invitations"] = Access.SignedIn,
        ["POST /account/invitations"] = Access.SignedIn,
        ["DELETE /api/v1/organisation/membership"] = Access.Member,   // leave; the last owner is refused by the handler
        ["GET /login"] = Access.Anyone,
        ["POST /login"] = Access.Anyone,
        ["GET /logout"] = Access.Anyone,
        ["POST /logout"] = Access.Anyone,
        ["GET /setup"] = Access.Anyone,
        ["POST /setup"] = Access.Anyone,
        ["GET /account/password"] = Access.SignedIn,
        ["POST /account/password"] = Access.SignedIn,

        // Members (Features/Members): owners manage; an invitation is answered by its secret token.
        ["GET /api/v1/organisation/members"] = Access.Member,
        ["POST /api/v1/organisation/members"] = Access.Owner,
        ["PUT /api/v1/organisation/members/{id:guid}"] = Access.Owner,
        ["DELETE /api/v1/organisation/members/{id:guid}"] = Access.Owner,
        ["DELETE /api/v1/organisation/invitations/{id:guid}"] = Access.Owner,
        ["GET /api/v1/invitations/{token}"] = Access.Anyone,
        ["POST /api/v1/invitations/{token}"] = Access.Anyone,
        ["GET /organisation/members"] = Access.Member,
        ["POST /organisation/members"] = Access.Member,   // any member may leave here; adding and revoking check ownership in MemberService
        ["GET /organisation/members/{Id:guid}"] = Access.Member,
        ["POST /organisation/members/{Id:guid}"] = Access.Owner,
        ["GET /invite/{Token}"] = Access.Anyone,
        ["POST /invite/{Token}"] = Access.Anyone,

        // The inventory flow (Features/Inventories, Evidence, ActivityImports): members read, owners and editors write.
        ["GET /api/v1/organisation"] = Access.Member,
        ["PUT /api/v1/organisation"] = Access.Writer,
        ["GET /api/v1/facilities"] = Access.Member,
        ["POST /api/v1/facilities"] = Access.Writer,
        ["GET /api/v1/facilities/{id:guid}"] = Access.Member,
        ["PUT /api/v1/facilities/{id:guid}"] = Access.Writer,
        ["DELETE /api/v1/facilities/{id:guid}"] = Access.Writer,
        ["GET /api/v1/inventories"] = Access.Member,
        ["POST /api/v1/inventories"] = Access.Writer,
        ["GET /api/v1/inventories/{id:guid}"] = Access.Member,
        ["PUT /api/v1/inventories/{id:guid}"] = Access.Writer,
        ["DELETE /api/v1/inventories/{id:guid}"] = Access.Writer,
        ["POST /api/v1/inventories/{id:guid}/lock"] = Access.Writer,
        ["POST /api/v1/inventories/{id:guid}/unlock"] = Access.Administrator,
        ["GET /api/v1/inventories/{id:guid}/results"] = Access.Member,
        ["GET /api/v1/inventories/{id:guid}/results/rows"] = Access.Member,
        ["GET /api/v1/inventories/{id:guid}/audit"] = Access.Member,
        ["GET /api/v1/inventories/{id:guid}/reminder"] = Access.Member,
        ["POST /api/v1/inventories/{id:guid}/recalculate/preview"] = Access.Member,
        ["POST /api/v1/inventories/{id:guid}/recalculate"] = Access.Writer,
        ["GET /api/v1/inventories/{id:guid}/base-year"] = Access.Member,
        ["GET /api/v1/inventories/{id:guid}/register.xlsx"] = Access.Member,
        ["GET /api/v1/inventories/{id:guid}/report.docx"] = Access.Member,
        ["GET /api/v1/inventories/{id:guid}/sources"] = Access.Member,
        ["POST /api/v1/inventories/{id:guid}/sources"] = Access.Writer,
        ["GET /api/v1/inventories/{id:guid}/sources/{sourceId:guid}"] = Access.Member,
        ["PUT /api/v1/inventories/{id:guid}/sources/{sourceId:guid}"] = Access.Writer,
        ["DELETE /api/v1/inventories/{id:guid}/sources/{sourceId:guid}"] = Access.Writer,
        ["GET /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity"] = Access.Member,
        ["POST /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity"] = Access.Writer,
        ["PUT /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity"] = Access.Writer,
        ["GET /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}"] = Access.Member,
        ["PUT /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}"] = Access.Writer,
        ["DELETE /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}"] = Access.Writer,
        ["GET /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}/evidence"] = Access.Member,
        ["POST /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}/evidence"] = Access.Writer,
        ["GET /api/v1/inventories/{id:guid}/evidence/{evidenceId:guid}"] = Access.Member,
        ["DELETE /api/v1/inventories/{id:guid}/evidence/{evidenceId:guid}"] = Access.Writer,
        ["GET /api/v1/inventories/{id:guid}/import/template.xlsx"] = Access.Member,
        ["GET /api/v1/inventories/{id:guid}/import/template.csv"] = Access.Member,
        ["POST /api/v1/inventories/{id:guid}/import"] = Access.Writer,
        ["POST /api/v1/inventories/{id:guid}/imports"] = Access.Writer,
        ["GET /api/v1/inventories/{id:guid}/imports/{jobId:guid}"] = Access.Member,
        ["GET /organisation"] = Access.Member,
        ["POST /organisation"] = Access.Writer,
        ["GET /organisation/facilities/new"] = Access.Member,
        ["POST /organisation/facilities/new"] = Access.Writer,
        ["GET /organisation/facilities/{id:guid}"] = Access.Member,
        ["POST /organisation/facilities/{id:guid}"] = Access.Writer,
        ["GET /inventories"] = Access.Member,
        ["POST /inventories"] = Access.Writer,
        ["GET /inventories/{id:guid}"] = Access.Member,
        ["POST /inventories/{id:guid}"] = Access.Writer,
        ["GET /inventories/{id:guid}/sources"] = Access.Member,
        ["POST /inventories/{id:guid}/sources"] = Access.Writer,
        ["GET /inventories/{id:guid}/sources/{sourceId:guid}"] = Access.Member,
        ["POST /inventories/{id:guid}/sources/{sourceId:guid}"] = Access.Writer,
        ["GET /inventories/{Id:guid}/sources/{SourceId:guid}/activity/{EntryId:guid}/evidence"] = Access.Member,
        ["POST /inventories/{Id:guid}/sources/{SourceId:guid}/activity/{EntryId:guid}/evidence"] = Access.Writer,
        ["GET /inventories/{id:guid}/import"] = Access.Member,
        ["POST /inventories/{id:guid}/import"] = Access.Writer,
        ["GET /inventories/{id:guid}/import/jobs/{jobId:guid}"] = Access.Member,
        ["GET /inventories/{id:guid}/lock"] = Access.Member,
        ["POST /inventories/{id:guid}/lock"] = Access.Member,   // lock (owner, editor) and unlock (administrator): the page's forms decide
        ["GET /inventories/{id:guid}/audit"] = Access.Member,
        ["GET /inventories/{id:guid}/reminder"] = Access.Member,
        ["POST /inventories/{id:guid}/reminder"] = Access.Member,
        ["GET /inventories/{id:guid}/recalculate"] = Access.Member,
        ["POST /inventories/{id:guid}/recalculate"] = Access.Member,   // preview for every member; apply checks owner or editor
        ["GET /inventories/{Id:guid}/documents"] = Access.Member,
        ["POST /inventories/{Id:guid}/documents"] = Access.Member,
        ["GET /inventories/{Id:guid}/results"] = Access.Member,
        ["POST /inventories/{Id:guid}/results"] = Access.Writer,
        ["GET /inventories/{Id:guid}/results/entries"] = Access.Member,
        ["POST /inventories/{Id:guid}/results/entries"] = Access.Writer,
        ["GET /inventories/{Id:guid}/results/trace/{EntryId:guid}"] = Access.Member,
        ["POST /inventories/{Id:guid}/results/trace/{EntryId:guid}"] = Access.Writer,

        // Reduction planning (Features/Planning): the catalogue, cases and estimates, valued with what the member may see.
        ["GET /api/v1/measures"] = Access.Member,
        ["POST /api/v1/measures/{measureId}/evaluate"] = Access.Member,
        ["GET /api/v1/cases"] = Access.Member,
        ["GET /api/v1/cases/{caseId}"] = Access.Member,
        ["GET /api/v1/inventories/{id:guid}/suggestions"] = Access.Member,
        ["POST /api/v1/carbon-fee/estimate"] = Access.Member,
        ["GET /planning/carbon-fee"] = Access.Member,
        ["POST /planning/carbon-fee"] = Access.Member,
        ["GET /planning/cases"] = Access.Member,
        ["GET /planning/cases/{CaseId}"] = Access.Member,
        ["GET /planning/measures"] = Access.Member,
        ["GET /planning/measures/{MeasureId}"] = Access.Member,
        ["POST /planning/measures/{MeasureId}"] = Access.Member,
        ["GET /inventories/{Id:guid}/suggestions"] = Access.Member,

        // Plans and targets (Features/Plans): not verifiers.
        ["GET /api/v1/plans"] = Access.Reader,
        ["POST /api/v1/plans"] = Access.Writer,
        ["GET /api/v1/plans/{id:guid}"] = Access.Reader,
        ["PUT /api/v1/plans/{id:guid}"] = Access.Writer,
        ["DELETE /api/v1/plans/{id:guid}"] = Access.Writer,
        ["GET /api/v1/plans/{id:guid}/measures"] = Access.Reader,
        ["POST /api/v1/plans/{id:guid}/measures"] = Access.Writer,
        ["PUT /api/v1/plans/{id:guid}/measures/{measureId:guid}"] = Access.Writer,
        ["DELETE /api/v1/plans/{id:guid}/measures/{measureId:guid}"] = Access.Writer,
        ["GET /api/v1/plans/{id:guid}/curve"] = Access.Reader,
        ["GET /api/v1/plans/{id:guid}/pathway"] = Access.Reader,
        ["GET /api/v1/plans/{id:guid}/carbon-fee"] = Access.Reader,
        ["GET /api/v1/plans/{id:guid}/verified-savings"] = Access.Reader,
        ["GET /api/v1/targets"] = Access.Reader,
        ["POST /api/v1/targets"] = Access.Writer,
        ["GET /api/v1/targets/{id:guid}"] = Access.Reader,
        ["PUT /api/v1/targets/{id:guid}"] = Access.Writer,
        ["DELETE /api/v1/targets/{id:guid}"] = Access.Writer,
        ["GET /api/v1/targets/{id:guid}/table"] = Access.Reader,
        ["GET /planning/plans"] = Access.Reader,
        ["GET /planning/plans/new"] = Access.Reader,
        ["POST /planning/plans/new"] = Access.Writer,
        ["GET /planning/plans/{Id:guid}"] = Access.Reader,
        ["POST /planning/plans/{Id:guid}"] = Access.Writer,
        ["GET /planning/targets"] = Access.Reader,
        ["GET /planning/targets/new"] = Access.Reader,
        ["POST /planning/targets/new"] = Access.Writer,
        ["GET /planning/targets/{Id:guid}"] = Access.Reader,
        ["POST /planning/targets/{Id:guid}"] = Access.Writer,
        ["GET /planning/targets/{Id:guid}/edit"] = Access.Reader,
        ["POST /planning/targets/{Id:guid}/edit"] = Access.Writer,

        // Meters, ingestion, alerts and energy dashboards (Features/Meters, Monitoring): not verifiers (DESIGN.md: a
        // verifier sees the inventory under verification, not the plant's metering).
        ["GET /api/v1/meters"] = Access.Reader,
        ["POST /api/v1/meters"] = Access.Writer,
        ["GET /api/v1/meters/{id:guid}"] = Access.Reader,
        ["PUT /api/v1/meters/{id:guid}"] = Access.Writer,
        ["DELETE /api/v1/meters/{id:guid}"] = Access.Writer,
        ["GET /api/v1/meters/{id:guid}/months"] = Access.Reader,
        ["POST /api/v1/meters/{id:guid}/sync"] = Access.Writer,
        ["GET /api/v1/gateway-keys"] = Access.Writer,
        ["POST /api/v1/gateway-keys"] = Access.Writer,
        ["DELETE /api/v1/gateway-keys/{id:guid}"] = Access.Writer,
        ["POST /api/v1/ingest/readings"] = Access.Anyone,   // a gateway's own key, checked by the handler
        ["GET /api/v1/meters/alerts"] = Access.Reader,
        ["POST /api/v1/meters/alerts/detect"] = Access.Writer,
        ["POST /api/v1/meters/{id:guid}/alerts/detect"] = Access.Writer,
        ["POST /api/v1/meters/alerts/{id:guid}/acknowledge"] = Access.Writer,
        ["POST /api/v1/meters/alerts/{id:guid}/resolve"] = Access.Writer,
        ["GET /api/v1/organisation/alert-webhook"] = Access.Reader,
        ["PUT /api/v1/organisation/alert-webhook"] = Access.Owner,
        ["GET /api/v1/organisation/alert-webhook/deliveries"] = Access.Reader,
        ["POST /api/v1/organisation/alert-webhook/deliveries/{id:guid}/retry"] = Access.Writer,
        ["GET /api/v1/meters/{id:guid}/dashboard"] = Access.Reader,
        ["GET /api/v1/facilities/{id:guid}/energy"] = Access.Reader,
        ["GET /meters"] = Access.Reader,
        ["GET /meters/new"] = Access.Reader,
        ["POST /meters/new"] = Access.Writer,
        ["GET /meters/{Id:guid}"] = Access.Reader,
        ["POST /meters/{Id:guid}"] = Access.Writer,
        ["GET /meters/gateways"] = Access.Writer,
        ["POST /meters/gateways"] = Access.Writer,
        ["GET /meters/alerts"] = Access.Reader,
        ["POST /meters/alerts"] = Access.Writer,   // alert actions and retries (owner, editor); the webhook form checks owner
        ["PUT /api/v1/meters/{id:guid}/readings/{ts:long}"] = Access.Writer,   // correct one reading (audited)
        ["DELETE /api/v1/meters/{id:guid}/readings/{ts:long}"] = Access.Writer,
        ["GET /meters/{Id:guid}/readings"] = Access.Reader,
        ["POST /meters/{Id:guid}/readings"] = Access.Writer,
        ["GET /meters/{id:guid}/bill"] = Access.Reader,   // the month's bill laid out like Taipower's
        ["POST /meters/{id:guid}/bill"] = Access.Reader,
        ["GET /meters/{id:guid}/dashboard"] = Access.Reader,
        ["POST /meters/{id:guid}/dashboard"] = Access.Reader,
        ["GET /energy"] = Access.Reader,   // the list of energy dashboards (not for verifiers)
        ["GET /facilities/{id:guid}/energy"] = Access.Reader,
        ["POST /facilities/{id:guid}/energy"] = Access.Reader,


        // Tariffs (Features/Tariffs): the shipped tariffs and the simulator for every member; own tariff plans not for verifiers.
        ["GET /api/v1/tariffs/"] = Access.Member,
        ["POST /api/v1/tariffs/peak-shift"] = Access.Member,
        ["POST /api/v1/tariffs/peak-shift/block"] = Access.Member,
        ["GET /api/v1/tariff-plans/"] = Access.Reader,
        ["POST /api/v1/tariff-plans/"] = Access.Writer,
        ["GET /api/v1/tariff-plans/{id:guid}"] = Access.Reader,
        ["PUT /api/v1/tariff-plans/{id:guid}"] = Access.Writer,
        ["DELETE /api/v1/tariff-plans/{id:guid}"] = Access.Writer,
        ["GET /tariffs/plans"] = Access.Reader,
        ["GET /tariffs/plans/new"] = Access.Writer,
        ["POST /tariffs/plans/new"] = Access.Writer,
        ["GET /tariffs/plans/{Id:guid}"] = Access.Reader,
        ["POST /tariffs/plans/{Id:guid}"] = Access.Writer,
        ["GET /tools/peak-shift"] = Access.Member,
        ["POST /tools/peak-shift"] = Access.Member,
    };

    // After Core: static fields initialise in the order they are written.
    public static IReadOnlyDictionary<string, Access> Rules { get; } = Build();
}
