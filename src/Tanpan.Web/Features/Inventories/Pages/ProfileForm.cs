using System.Globalization;

namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>The organisation profile (MOEA form 附表1) as typed; numbers as text so a bad one is shown back as typed.</summary>
public sealed class ProfileForm
{
    /// <summary>The form asks for capital in 萬元 (NT$10,000); the profile stores NT$.</summary>
    public const decimal CapitalUnit = 10_000m;

    public string? Name { get; set; }

    public string? TaxId { get; set; }

    public string? FactoryRegistrationNumber { get; set; }

    public string? IndustryCode { get; set; }

    public bool IsMidSizedBackbone { get; set; }

    public string? IndustrialZone { get; set; }

    public string? Address { get; set; }

    public string? CapitalTenThousands { get; set; }

    public string? Employees { get; set; }

    public string? RepresentativeName { get; set; }

    public string? RepresentativeTitle { get; set; }

    public string? ContactName { get; set; }

    public string? ContactTitle { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactFax { get; set; }

    public string? ContactEmail { get; set; }

    public string? ExportSharePercent { get; set; }

    public string? MainProducts { get; set; }

    public string? AnnualOutput { get; set; }

    public string? AnnualOutputUnit { get; set; }

    /// <summary>The organisation's version when the form was shown (hidden field); a save from an older one is refused with 409.</summary>
    public string? Version { get; set; }

    /// <summary>The form of <paramref name="p"/> with the organisation's <paramref name="version"/>.</summary>
    public static ProfileForm From(OrganisationProfile p, int version)
    {
        var form = From(p);
        form.Version = version.ToString(CultureInfo.InvariantCulture);
        return form;
    }

    /// <summary>Each field as shown, with its resource key: the rows of an edit conflict (typed vs saved).</summary>
    public IEnumerable<(string Key, string? Value)> Fields() =>
    [
        ("OrgName", Name), ("TaxId", TaxId), ("FactoryRegistrationNumber", FactoryRegistrationNumber), ("IndustryCode", IndustryCode),
        ("IndustrialZone", IndustrialZone), ("Address", Address), ("Capital", CapitalTenThousands), ("Employees", Employees),
        ("RepresentativeName", RepresentativeName), ("RepresentativeTitle", RepresentativeTitle), ("ContactName", ContactName),
        ("ContactTitle", ContactTitle), ("ContactPhone", ContactPhone), ("ContactFax", ContactFax), ("ContactEmail", ContactEmail),
        ("ExportShare", ExportSharePercent), ("MainProducts", MainProducts), ("AnnualOutput", AnnualOutput), ("AnnualOutputUnit", AnnualOutputUnit),
    ];

    public static ProfileForm From(OrganisationProfile p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new()
        {
            Name = p.Name, TaxId = p.TaxId, FactoryRegistrationNumber = p.FactoryRegistrationNumber, IndustryCode = p.IndustryCode,
            IsMidSizedBackbone = p.IsMidSizedBackbone, IndustrialZone = p.IndustrialZone, Address = p.Address,
            CapitalTenThousands = (p.CapitalNtd / CapitalUnit)?.ToString("0.############################", CultureInfo.InvariantCulture),
            Employees = p.Employees?.ToString(CultureInfo.InvariantCulture),
            RepresentativeName = p.RepresentativeName, RepresentativeTitle = p.RepresentativeTitle, ContactName = p.ContactName,
            ContactTitle = p.ContactTitle, ContactPhone = p.ContactPhone, ContactFax = p.ContactFax, ContactEmail = p.ContactEmail,
            ExportSharePercent = p.ExportSharePercent?.ToString("0.############################", CultureInfo.InvariantCulture), MainProducts = p.MainProducts,
            AnnualOutput = p.AnnualOutput?.ToString("0.############################", CultureInfo.InvariantCulture), AnnualOutputUnit = p.AnnualOutputUnit,
        };
    }
}
