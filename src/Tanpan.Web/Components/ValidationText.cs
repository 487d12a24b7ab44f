using System.Globalization;
using System.Resources;

namespace Tanpan.Web.Components;

/// <summary>
/// Validation messages for DataAnnotations attributes (<c>ErrorMessageResourceType</c> needs static
/// properties), read from the same resource files as <see cref="SharedResource"/> in the UI culture.
/// </summary>
public static class ValidationText
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);

    public static string EmailRequired => Get(nameof(EmailRequired));

    public static string EmailInvalid => Get(nameof(EmailInvalid));

    public static string DisplayNameRequired => Get(nameof(DisplayNameRequired));

    public static string PasswordRequired => Get(nameof(PasswordRequired));

    public static string PasswordTooShort => Get(nameof(PasswordTooShort));

    public static string OrganisationNameRequired => Get(nameof(OrganisationNameRequired));

    public static string TaxIdInvalid => Get(nameof(TaxIdInvalid));

    private static string Get(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? name;
}
