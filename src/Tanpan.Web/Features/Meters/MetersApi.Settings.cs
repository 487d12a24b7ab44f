using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;
using Tanpan.Web.Features.Meters.Ingest;

namespace Tanpan.Web.Features.Meters;

/// <summary>A meter's settings: the checks of a create or update request, and the response.</summary>
public static partial class MetersApi
{
    private static async Task<ValidationProblem?> ApplyAsync(Meter meter, MeterRequest request, AppDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 100, required: true);
        var unit = errors.Text("unit", request.Unit, 20, required: true);
        var energyType = errors.Text("energyType", request.EnergyType, 20, required: true);
        if (energyType is not null && !MeterValues.EnergyTypes.Contains(energyType))
        {
            errors.Add("energyType", "能源種類須為 electricity、natural_gas、water、steam 或 fuel。", "The energy type must be electricity, natural_gas, water, steam or fuel.");
        }

        var kind = errors.Text("kind", request.Kind, 20) ?? MeterValues.Interval;
        if (!MeterValues.Kinds.Contains(kind))
        {
            errors.Add("kind", "類型須為 interval（區間用量）或 cumulative（累計讀數）。", "The kind must be interval or cumulative.");
        }

        var interval = request.IntervalMinutes ?? 15;
        if (interval is < 1 or > 1440)
        {
            errors.Add("intervalMinutes", "間隔須為 1 至 1440 分鐘。", "The interval must be 1 to 1440 minutes.");
        }

        if (request.RolloverValue is { } rollover && rollover <= 0)
        {
            errors.Add("rolloverValue", "翻轉值須大於 0。", "The roll-over value must be more than 0.");
        }

        var plan = errors.Text("tariffPlanId", request.TariffPlanId, 100);
        if (plan is not null && TariffLibrary.Shipped.Find(plan) is null && !await db.OrganisationTariffPlans.AnyAsync(p => p.PlanId == plan, cancellationToken))
        {
            errors.Add("tariffPlanId", "找不到此電價方案。", "No tariff plan has this id.");
        }

        var voltage = errors.Text("voltage", request.Voltage, 20);
        if (voltage is not null && !MeterValues.Voltages.Contains(voltage))
        {
            errors.Add("voltage", "電壓須為 low、high 或 extra-high。", "The voltage must be low, high or extra-high.");
        }

        if (request.ContractCapacityKw is { } capacity && capacity <= 0)
        {
            errors.Add("contractCapacityKw", "契約容量須大於 0。", "The contract capacity must be more than 0.");
        }

        if (request.MaxReadingValue is { } bound && (bound <= 0 || bound > (decimal)ReadingBounds.Ceiling))
        {
            errors.Add("maxReadingValue", "讀數上限須大於 0，且不超過 1,000,000,000,000。", "The maximum reading must be more than 0 and at most 1,000,000,000,000.");
        }

        if (request.FacilityId is not { } facilityId)
        {
            errors.Add("facilityId", "請選擇廠區。", "Choose a facility.");
        }
        else if (!await db.Facilities.AnyAsync(f => f.Id == facilityId, cancellationToken))
        {
            errors.Add("facilityId", "找不到此廠區。", "No such facility.");
        }

        if (request.EmissionSourceId is { } sourceId && !await db.EmissionSources.AnyAsync(s => s.Id == sourceId, cancellationToken))
        {
            errors.Add("emissionSourceId", "找不到此排放源。", "No such emission source.");
        }

        if (name is not null && await db.Meters.AnyAsync(m => m.Name == name && m.Id != meter.Id, cancellationToken))
        {
            errors.Add("name", "已有同名的電表。", "A meter of that name already exists.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        meter.FacilityId = request.FacilityId!.Value;
        meter.Name = name!;
        meter.EnergyType = energyType!;
        meter.Unit = unit!;
        meter.Kind = kind;
        meter.IntervalMinutes = interval;
        meter.RolloverValue = request.RolloverValue;
        meter.TariffPlanId = plan;
        meter.Voltage = voltage;
        meter.ContractCapacityKw = request.ContractCapacityKw;
        meter.MaxReadingValue = request.MaxReadingValue;
        meter.EmissionSourceId = request.EmissionSourceId;
        return null;
    }

    public static MeterResponse Response(Meter m) => new(m.Id, m.FacilityId, m.Name, m.EnergyType, m.Unit, m.Kind, m.IntervalMinutes, m.RolloverValue,
        m.TariffPlanId, m.Voltage, m.ContractCapacityKw, m.EmissionSourceId, m.CreatedAt, m.MaxReadingValue,
        ReadingBounds.MaxValue(m.Kind == MeterValues.Cumulative, m.RolloverValue, m.IntervalMinutes, m.EnergyType, m.Unit, m.ContractCapacityKw, m.MaxReadingValue));
}
