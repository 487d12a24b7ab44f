using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Organisations;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;

namespace Tanpan.Web.Features.Inventories;

public static partial class InventoriesApi
{
    /// <summary>The current organisation's profile; 404 when none is current.</summary>
    public static async Task<Results<Ok<OrganisationProfile>, ProblemHttpResult>> GetProfileAsync(HttpContext http, AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Organisations.SingleOrDefaultAsync(cancellationToken) is not { } organisation)
        {
            return Problems.NotFound();
        }

        http.Tag(organisation);
        return TypedResults.Ok(Profile(organisation));
    }

    /// <summary>Replaces the current organisation's profile (owner or editor).</summary>
    public static async Task<Results<Ok<OrganisationProfile>, ValidationProblem, ProblemHttpResult>> UpdateProfileAsync(
        OrganisationProfileRequest request, HttpContext http, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return Problems.ReadOnly();
        }

        if (await db.Organisations.SingleOrDefaultAsync(cancellationToken) is not { } organisation)
        {
            return Problems.NotFound();
        }

        if (http.IsStale(organisation))
        {
            return await EditVersions.StaleAsync(http, db, organisation, Profile(organisation), cancellationToken);
        }

        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 200, required: true);
        var taxId = errors.Text("taxId", request.TaxId, 8);
        if (taxId is not null && !TaxId.IsValid(taxId))
        {
            errors.Add("taxId", "統一編號須為 8 位數字且通過檢查碼驗證。", "The tax id (統一編號) must be 8 digits with a valid check sum.");
        }

        var industryCode = errors.Text("industryCode", request.IndustryCode, 2);
        if (industryCode is not null && !(industryCode.Length == 2 && industryCode.All(char.IsAsciiDigit) && int.Parse(industryCode, System.Globalization.CultureInfo.InvariantCulture) is >= 8 and <= 33))
        {
            errors.Add("industryCode", "產業別須為製造業中類代碼 08–33。", "The industry code must be a manufacturing division, 08 to 33.");
        }

        if (request.CapitalNtd is < 0)
        {
            errors.Add("capitalNtd", "資本額不可為負數。", "Capital must not be negative.");
        }

        if (request.Employees is < 0)
        {
            errors.Add("employees", "員工人數不可為負數。", "Employees must not be negative.");
        }

        if (request.ExportSharePercent is < 0 or > 100)
        {
            errors.Add("exportSharePercent", "外銷比例須介於 0 到 100。", "The export share must be between 0 and 100 percent.");
        }

        if (request.AnnualOutput is < 0)
        {
            errors.Add("annualOutput", "產量不可為負數。", "Output must not be negative.");
        }

        var email = errors.Text("contactEmail", request.ContactEmail, 256);
        if (email is not null && !email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("contactEmail", "電子郵件格式不正確。", "The e-mail address is not valid.");
        }

        organisation.FactoryRegistrationNumber = errors.Text("factoryRegistrationNumber", request.FactoryRegistrationNumber, 20);
        organisation.IndustrialZone = errors.Text("industrialZone", request.IndustrialZone, 100);
        organisation.Address = errors.Text("address", request.Address, 300);
        organisation.RepresentativeName = errors.Text("representativeName", request.RepresentativeName, 100);
        organisation.RepresentativeTitle = errors.Text("representativeTitle", request.RepresentativeTitle, 100);
        organisation.ContactName = errors.Text("contactName", request.ContactName, 100);
        organisation.ContactTitle = errors.Text("contactTitle", request.ContactTitle, 100);
        organisation.ContactPhone = errors.Text("contactPhone", request.ContactPhone, 50);
        organisation.ContactFax = errors.Text("contactFax", request.ContactFax, 50);
        organisation.MainProducts = errors.Text("mainProducts", request.MainProducts, 1000);
        organisation.AnnualOutputUnit = errors.Text("annualOutputUnit", request.AnnualOutputUnit, 20);
        if (errors.Any)
        {
            return errors.ToResult();   // the tracked changes are dropped with the request's context
        }

        organisation.Name = name!;
        organisation.TaxId = taxId;
        organisation.IndustryCode = industryCode;
        organisation.IsMidSizedBackbone = request.IsMidSizedBackbone ?? false;
        organisation.CapitalNtd = request.CapitalNtd;
        organisation.Employees = request.Employees;
        organisation.ContactEmail = email;
        organisation.ExportSharePercent = request.ExportSharePercent;
        organisation.AnnualOutput = request.AnnualOutput;
        if (await EditVersions.SaveAsync(http, db, organisation, Profile, cancellationToken) is { } stale)
        {
            return stale;
        }

        http.Tag(organisation);
        return TypedResults.Ok(Profile(organisation));
    }

    private static OrganisationProfile Profile(Organisation o) => new(
        o.Id, o.Name, o.TaxId, o.FactoryRegistrationNumber, o.IndustryCode, o.IsMidSizedBackbone, o.IndustrialZone, o.Address,
        o.CapitalNtd, o.Employees, o.RepresentativeName, o.RepresentativeTitle, o.ContactName, o.ContactTitle, o.ContactPhone,
        o.ContactFax, o.ContactEmail, o.ExportSharePercent, o.MainProducts, o.AnnualOutput, o.AnnualOutputUnit);
}
