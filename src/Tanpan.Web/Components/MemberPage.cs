using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tanpan.Core.Factors;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Components;

/// <summary>
/// What every inventory-flow page shares: the signed-in member and their organisation (else a redirect), the
/// inventory of the route (else 404, also for a verifier limited to another one), whether the member may write,
/// and the API's field messages shown next to the fields in the page's language.
/// </summary>
public abstract class MemberPage : ComponentBase
{
    /// <summary>Field (as the API names it, e.g. <c>amount</c>) → message in the UI language.</summary>
    protected Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>A message for the whole form (e.g. a conflict), in the UI language.</summary>
    protected string? FormError { get; set; }

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected TenantContext Tenant { get; set; } = default!;

    /// <summary>The request's context (the layout runs no query, so the page has it to itself).</summary>
    [Inject]
    protected AppDbContext Db { get; set; } = default!;

    [Inject]
    protected FactorLibrary Library { get; set; } = default!;

    [Inject]
    protected NavigationManager Nav { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<FlowResource> T { get; set; } = default!;

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>Owners and editors write; viewers and verifiers read.</summary>
    protected bool MemberCanWrite => Tenant.CanWrite();

    /// <summary>False (after starting a redirect) unless someone is signed in with a current organisation.</summary>
    protected bool EnsureMember()
    {
        if (Tenant.UserId is null)
        {
            Nav.NavigateTo("/login");
            return false;
        }

        if (Tenant.OrganisationId is null)
        {
            Nav.NavigateTo("/");
            return false;
        }

        return true;
    }

    /// <summary>The inventory of the route, or null after answering 404 (another organisation's, unknown, or out of a verifier's scope).</summary>
    protected async Task<InventoryYear?> FindInventoryAsync(Guid id)
    {
        var only = await VerifierScope.LimitAsync(Tenant, Db, Aborted);
        var year = only is Guid limit && limit != id ? null : await Db.InventoryYears.SingleOrDefaultAsync(y => y.Id == id, Aborted);
        if (year is null)
        {
            NotFound();
        }

        return year;
    }

    /// <summary>True when the route named nothing of this organisation and the request was a form post (see <see cref="NotFound"/>).</summary>
    protected bool Missing { get; private set; }

    /// <summary>Answers 404 (<see cref="PageNotFound"/>); the page renders <c>&lt;MissingTarget Show="@Missing" /&gt;</c>.</summary>
    protected void NotFound() => Missing = PageNotFound.Answer(HttpContext, Nav);

    protected bool IsPost => HttpMethods.IsPost(HttpContext.Request.Method);

    /// <summary>Shows the messages of a validation problem next to their fields; false when there were any.</summary>
    protected bool Show(ValidationProblem problem)
    {
        foreach (var error in FieldErrors.Of(problem))
        {
            var message = error.Message(CultureInfo.CurrentUICulture);
            Errors[error.Field] = Errors.TryGetValue(error.Field, out var before) ? $"{before} {message}" : message;
        }

        return false;
    }

    /// <summary>Shows a problem (403, 404, 409) as the form's message.</summary>
    protected bool Show(ProblemHttpResult problem)
    {
        FormError = English ? problem.ProblemDetails.Detail : problem.ProblemDetails.Title;
        return false;
    }

    /// <summary>
    /// After a field the page could not read (its message set, the value sent empty), asks the save's own rules about
    /// every other field so that all messages show at once (<see cref="RolledBackSave"/>: nothing is stored). Messages
    /// are added only for fields without one; <paramref name="fieldName"/> maps the API's field name to the page's key
    /// when they differ (a prefix, a row index).
    /// </summary>
    protected async Task CheckOtherFieldsAsync(Func<Task<IResult>> save, Func<string, string>? fieldName = null)
    {
        foreach (var error in await RolledBackSave.MessagesAsync(Db, save, Aborted))
        {
            Errors.TryAdd(fieldName?.Invoke(error.Field) ?? error.Field, error.Message(CultureInfo.CurrentUICulture));
        }
    }

    /// <summary>
    /// Shows a validation problem's messages for the fields that have none yet (one the page could not read keeps its
    /// own): for calculations that save nothing, asked even when a field could not be read; false.
    /// </summary>
    protected bool ShowOthers(ValidationProblem problem)
    {
        foreach (var error in FieldErrors.Of(problem))
        {
            Errors.TryAdd(error.Field, error.Message(CultureInfo.CurrentUICulture));
        }

        return false;
    }

    protected string? Error(string field) => Errors.GetValueOrDefault(field);

    protected bool Invalid(string field) => Errors.ContainsKey(field);

    /// <summary>Reads a number as typed (grouping commas allowed); on failure adds the field's message and gives null.</summary>
    protected decimal? Number(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Errors[field] = T["NotANumber"];
        return null;
    }

    /// <summary>Reads a whole number as typed; on failure adds the field's message and gives null.</summary>
    protected int? Whole(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A sign is allowed: "-5" is a whole number, and the rule it breaks (e.g. "must not be negative") is the API's message.
        if (int.TryParse(text.Trim(), NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
                CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Errors[field] = T["NotAWholeNumber"];
        return null;
    }

    /// <summary>Reads a date typed as yyyy-MM-dd (what a date input posts); on failure adds the field's message.</summary>
    protected DateOnly? Date(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        Errors[field] = T["NotADate"];
        return null;
    }

    /// <summary>A number as a form field holds it: invariant, no grouping, no trailing zeros (SQLite gives 1500.0 back).</summary>
    protected static string Invariant(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture) ?? "";

    protected static string Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    protected string MaterialName(string key) =>
        Library.Materials.FindByKey(key) is { } m ? (English ? m.NameEn : m.NameZh) : key;
}
