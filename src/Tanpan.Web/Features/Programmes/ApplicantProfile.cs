using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// An applicant that is already a Tanpan organisation applies without retyping: the organisation profile (whose fields
/// follow 附表1) fills the form. Only the signed-in member's current organisation is read, through the tenant filter.
/// </summary>
public static class ApplicantProfile
{
    /// <summary>Fills <paramref name="input"/> from the current organisation's profile; false when nobody is signed in.</summary>
    public static async Task<bool> PrefillAsync(AppDbContext db, TenantContext tenant, ApplicationInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (tenant.UserId is null || tenant.OrganisationId is null || await db.Organisations.AsNoTracking().SingleOrDefaultAsync(ct) is not { } o)
        {
            return false;
        }

        (input.FactoryName, input.MidSized, input.TaxId, input.FactoryRegistrationNumber) = (o.Name, o.IsMidSizedBackbone ? "yes" : "no", o.TaxId, o.FactoryRegistrationNumber);
        (input.IndustryCode, input.IndustrialPark, input.Address) = (o.IndustryCode, o.IndustrialZone, o.Address);
        input.Capital = o.CapitalNtd is { } capital ? Text(capital / 10_000m) : null;   // the profile keeps NT$; the form asks 萬元
        (input.RepresentativeName, input.RepresentativeTitle, input.ContactName, input.ContactTitle) = (o.RepresentativeName, o.RepresentativeTitle, o.ContactName, o.ContactTitle);
        (input.Phone, input.Fax, input.Email) = (o.ContactPhone, o.ContactFax, o.ContactEmail);
        input.Employees = o.Employees?.ToString(CultureInfo.InvariantCulture);
        if (o.ExportSharePercent is { } export)
        {
            (input.ExportPercent, input.DomesticPercent) = (Text(export), Text(100m - export));
        }

        if (o.MainProducts is not null)
        {
            input.Products[0] = new() { Name = o.MainProducts, Output = o.AnnualOutput is { } output ? Text(output) : null, Unit = o.AnnualOutputUnit };
        }

        return true;
    }

    private static string Text(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
