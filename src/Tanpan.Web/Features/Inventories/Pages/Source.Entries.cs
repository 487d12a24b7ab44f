using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Infrastructure.Concurrency;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>The entries of <c>/inventories/{id}/sources/{sourceId}</c>: the per-bill form, its edit conflict and the delete button.</summary>
public sealed partial class Source
{
    private EntryForm EntryOf(ActivityResponse? e)
    {
        if (e is null)
        {
            return new() { Year = Invariant(_year!.Year), Unit = _usualUnit };
        }

        var (method, other) = DataSourceMethods.Show(e.DataSourceMethod);
        return new()
        {
            EntryId = e.Id.ToString(), Version = Invariant(_versions.GetValueOrDefault(e.Id)), Year = Invariant(e.Year), Month = Invariant(e.Month), Amount = e.IsEstimate ? null : Invariant(e.Amount), Unit = e.Unit,
            Method = method, MethodOther = other, Note = e.Note, AmountPaidNtd = Invariant(e.AmountPaidNtd), UnitPriceNtd = Invariant(e.UnitPriceNtd),
            OverlapReason = e.OverlapReason,
        };
    }

    private string EntryLabel(ActivityResponse e) =>
        e.Month is int m ? MonthGrid.Label(Invariant(e.Year), Invariant(m)) : $"{Invariant(e.Year)} {T["WholeYear"]}";

    /// <summary>The entry a delete post names, in words for its confirmation; null (no confirmation) for an entry not on the page.</summary>
    private string? ConfirmEntry(IFormCollection form) =>
        _entries.FirstOrDefault(e => e.Id.ToString() == form["DeleteEntryId"]) is { } e
            ? T["ConfirmEntry", EntryLabel(e), e.Amount.ToString("#,0.############", Culture), e.Unit].Value
            : null;

    private string EvidenceLink(Guid entryId) => $"/inventories/{Id}/sources/{SourceId}/activity/{entryId}/evidence";

    /// <summary>Reads one typed entry; a number or date that cannot be read is sent empty, its message set under <paramref name="prefix"/>.</summary>
    private ActivityRequest Read(EntryForm form, string prefix)
    {
        var year = Whole(prefix + "year", form.Year);
        var month = Whole(prefix + "month", form.Month);
        var amount = Number(prefix + "amount", form.Amount);
        var paid = Number(prefix + "amountPaidNtd", form.AmountPaidNtd);
        var price = Number(prefix + "unitPriceNtd", form.UnitPriceNtd);
        var billFrom = Date(prefix + "billFrom", form.BillFrom);
        var billTo = Date(prefix + "billTo", form.BillTo);
        return new ActivityRequest(year, month, amount, form.Unit, DataSourceMethods.Store(form.Method, form.MethodOther), form.Note, paid, price,
            billFrom, billTo, form.OverlapReason);
    }

    private async Task SaveEntryAsync()
    {
        _form = "entry";
        var request = Read(Entry!, "entry.");
        if (Guid.TryParse(Entry!.EntryId, out _) && int.TryParse(Entry.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var seen))
        {
            HttpContext.ExpectVersion(seen);
        }

        async Task<IResult> SaveAsync() => Guid.TryParse(Entry!.EntryId, out var entryId)
            ? (await InventoriesApi.UpdateActivityAsync(Id, SourceId, entryId, request, HttpContext, Tenant, Db, Library, Aborted)).Result
            : (await InventoriesApi.CreateActivityAsync(Id, SourceId, request, Tenant, Db, Library, Aborted)).Result;
        if (Errors.Count > 0)
        {
            await CheckOtherFieldsAsync(SaveAsync, field => "entry." + field);
            return;
        }

        var outcome = await SaveAsync();
        if (outcome is Ok<ActivityResponse> or Created<ActivityResponse>)
        {
            Nav.NavigateTo($"/inventories/{Id}/sources/{SourceId}?saved=entry");
            return;
        }

        Db.ChangeTracker.Clear();
        if (EditConflict.Of(outcome) is { } conflict)
        {
            // 409: the form keeps what was typed and now carries the current version, so saving again applies it on top.
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            (_entryConflict, Entry.Version) = (conflict, Invariant(conflict.CurrentVersion));
            return;
        }

        ShowPrefixed(outcome, "entry.");
    }

    /// <summary>The entry form's fields: what was typed next to what is saved now.</summary>
    private List<(string, string?, string?)> ConflictRows(EditConflict conflict)
    {
        var typed = Entry!;
        var now = EntryOf(conflict.CurrentAs<ActivityResponse>());
        return
        [
            (T["Year"], typed.Year, now.Year), (T["Month"], typed.Month, now.Month), (T["Amount"], typed.Amount, now.Amount), (T["Unit"], typed.Unit, now.Unit),
            (D["AmountPaidNtd"], typed.AmountPaidNtd, now.AmountPaidNtd), (D["UnitPriceNtd"], typed.UnitPriceNtd, now.UnitPriceNtd),
            (T["DataSourceMethod"], DataSourceMethods.Store(typed.Method, typed.MethodOther), DataSourceMethods.Store(now.Method, now.MethodOther)),
            (T["Note"], typed.Note, now.Note),
        ];
    }

    private async Task DeleteEntryAsync()
    {
        _form = "delete-entry";
        if (DeleteEntryId is not Guid entryId)
        {
            return;
        }

        var outcome = (await InventoriesApi.DeleteActivityAsync(Id, SourceId, entryId, HttpContext, Tenant, Db, Aborted)).Result;
        if (outcome is NoContent)
        {
            Nav.NavigateTo($"/inventories/{Id}/sources/{SourceId}?saved=deleted");
            return;
        }

        ShowPrefixed(outcome, "");
    }
}
