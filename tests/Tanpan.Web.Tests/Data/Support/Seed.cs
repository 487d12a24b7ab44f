using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Tests.Data.Support;

/// <summary>The ids of one seeded organisation: a facility, a 2024 inventory, a source and one activity entry.</summary>
public sealed record SeededTenant(Guid OrganisationId, Guid FacilityId, Guid InventoryYearId, Guid SourceId, Guid ActivityId);

internal static class Seed
{
    public static readonly DateTimeOffset Time = new(2026, 11, 22, 8, 30, 0, TimeSpan.Zero);

    public static Organisation Organisation(string name = "測試紡織股份有限公司") => new()
    {
        Id = Guid.CreateVersion7(),
        Name = name,
        TaxId = "04595252",
        IndustryCode = "11",
        CapitalNtd = 50_000_000m,
        Employees = 120,
        CreatedAt = Time,
    };

    public static InventoryYear Inventory(int year = 2024) => new()
    {
        Year = year,
        Boundary = BoundaryApproach.OperationalControl,
        PeriodStart = new DateOnly(year, 1, 1),
        PeriodEnd = new DateOnly(year, 12, 31),
        FactorSetId = FactorLibrary.DefaultSetId,
        GwpSetId = FactorLibrary.DefaultGwpId,
    };

    public static EmissionSource Source(InventoryYear inventory, Facility facility) => new()
    {
        InventoryYear = inventory,
        Facility = facility,
        Process = "公用",
        Equipment = "受電站",
        SourceType = SourceType.Electricity,
        MaterialKey = "electricity",
        Category = 2,
        Gases = "CO2",
    };

    public static User User(string email) => new() { Email = email, DisplayName = "林小姐", CreatedAt = Time };

    /// <summary>Saves an organisation with one of everything, acting as that organisation.</summary>
    public static async Task<SeededTenant> TenantAsync(DatabaseFixture fixture, decimal amount = 1234.5m)
    {
        var organisation = Organisation();
        await using var db = fixture.CreateContext(organisation.Id);
        var facility = new Facility { Name = "觀音廠", Address = "桃園市觀音區" };
        var inventory = Inventory();
        var source = Source(inventory, facility);
        var activity = new ActivityEntry { EmissionSource = source, Year = 2024, Month = 1, Amount = amount, Unit = "度", DataSourceMethod = "電費單" };
        db.AddRange(organisation, facility, inventory, source, activity);
        await db.SaveChangesAsync();
        return new(organisation.Id, facility.Id, inventory.Id, source.Id, activity.Id);
    }
}
