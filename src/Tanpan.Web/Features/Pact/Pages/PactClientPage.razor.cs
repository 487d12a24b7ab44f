using Microsoft.AspNetCore.Components;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Pact.Pages;

/// <summary>One customer's PACT connection: what it may see, where answers go, revoking it, its recent events.</summary>
public partial class PactClientPage
{
    private PactClient? _client;
    private List<PactPublishedFootprint>? _footprints;
    private List<PactEvent>? _events;
    private HashSet<Guid> _granted = [];
    private string? _form;
    private string? _saved;

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromForm(FormName = "callback")]
    private CallbackForm? Callback { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (!EnsureMember())
        {
            return;
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _client = await Sharing.ClientAsync(Id, Aborted);
        if (_client is null)
        {
            NotFound();
            return;
        }

        _footprints = await Sharing.FootprintsAsync(Aborted);
        _granted = [.. await Sharing.GrantedAsync(Id, Aborted)];
        _events = await Sharing.EventsAsync(Id, Aborted);
    }

    private async Task SaveGrantsAsync()
    {
        _form = "grants";
        var ids = HttpContext.Request.Form["grant"].Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        if (await Sharing.SetGrantsAsync(Id, ids, Aborted))
        {
            _saved = P["GrantsSaved"];
        }
        else
        {
            FormError = P["NotFound"];
        }

        await LoadAsync();
    }

    private async Task SaveCallbackAsync()
    {
        _form = "callback";
        if (await Sharing.SetCallbackAsync(Id, Callback?.EventsUrl, Callback?.ClientId, Callback?.Secret, Aborted) is { } error)
        {
            Errors[error.Field] = error.Message(Culture);
            FormError = error.Field == "id" ? error.Message(Culture) : null;
        }
        else
        {
            _saved = P["CallbackSaved"];
            Callback = null;
        }

        await LoadAsync();
    }

    private async Task RevokeAsync()
    {
        _form = "revoke-client";
        if (!await Sharing.RevokeAsync(Id, Aborted))
        {
            FormError = P["NotFound"];
        }

        await LoadAsync();
    }

    public sealed class CallbackForm
    {
        public string? EventsUrl { get; set; }

        public string? ClientId { get; set; }

        public string? Secret { get; set; }
    }
}
