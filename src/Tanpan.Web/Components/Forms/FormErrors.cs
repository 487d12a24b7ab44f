using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Components.Forms;

/// <summary>Server-side field errors shown by an EditForm's validation messages.</summary>
internal static class FormErrors
{
    /// <summary>Shows a rule broken on the server next to its field ("email" → <c>Email</c>), in the UI language.</summary>
    public static void Add(this ValidationMessageStore store, object model, FieldError error)
    {
        var property = char.ToUpperInvariant(error.Field[0]) + error.Field[1..];
        store.Add(new FieldIdentifier(model, property), error.Message(CultureInfo.CurrentUICulture));
    }
}
