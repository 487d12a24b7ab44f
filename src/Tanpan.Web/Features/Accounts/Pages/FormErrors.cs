using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;

namespace Tanpan.Web.Features.Accounts.Pages;

internal static class FormErrors
{
    /// <summary>Shows a rule broken on the server next to its field ("email" → <c>Email</c>), in the UI language.</summary>
    public static void Add(this ValidationMessageStore store, object model, FieldError error)
    {
        var property = char.ToUpperInvariant(error.Field[0]) + error.Field[1..];
        store.Add(new FieldIdentifier(model, property), error.Message(CultureInfo.CurrentUICulture));
    }
}
