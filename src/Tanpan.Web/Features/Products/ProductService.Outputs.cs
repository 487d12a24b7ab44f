using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Text;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Products;

/// <summary>Outputs per inventory year and facility, and process → product assignments of an inventory.</summary>
public sealed partial class ProductService
{
    public async Task<List<ProductOutput>> OutputsAsync(Guid productId, CancellationToken cancellationToken) =>
        CanRead ? await db.ProductOutputs.AsNoTracking().Where(o => o.ProductId == productId).ToListAsync(cancellationToken) : [];

    /// <summary>Sets the product's output at a facility in an inventory year (one row per product, year and facility).</summary>
    public async Task<Results<Ok<ProductOutput>, ValidationProblem, ProblemHttpResult>> SetOutputAsync(
        Guid productId, OutputRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await FindAsync(productId, cancellationToken) is null)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        var errors = new FieldErrors();
        if (request.InventoryYearId is not Guid yearId || !await db.InventoryYears.AnyAsync(y => y.Id == yearId, cancellationToken))
        {
            errors.Add("inventoryYearId", "請選擇盤查年度。", "Choose an inventory year.");
        }

        if (request.FacilityId is not Guid facilityId || !await db.Facilities.AnyAsync(f => f.Id == facilityId, cancellationToken))
        {
            errors.Add("facilityId", "請選擇廠區。", "Choose a facility.");
        }

        if (request.Quantity is null)
        {
            errors.Add("quantity", "請填寫良品產量。", "Enter the good output.");
        }

        NotNegative(errors, "quantity", request.Quantity, "產量", "The output");
        NotNegative(errors, "revenueNtd", request.RevenueNtd, "營收", "The revenue");
        NotNegative(errors, "scrapQuantity", request.ScrapQuantity, "報廢及不良品量", "The scrap and off-spec quantity");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var output = await db.ProductOutputs.SingleOrDefaultAsync(
            o => o.ProductId == productId && o.InventoryYearId == request.InventoryYearId && o.FacilityId == request.FacilityId, cancellationToken);
        if (output is null)
        {
            output = new ProductOutput { Id = Guid.CreateVersion7(), ProductId = productId, InventoryYearId = request.InventoryYearId!.Value, FacilityId = request.FacilityId!.Value };
            db.ProductOutputs.Add(output);
        }

        (output.Quantity, output.RevenueNtd, output.ScrapQuantity) = (request.Quantity!.Value, request.RevenueNtd, request.ScrapQuantity ?? 0m);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(output);
    }

    public async Task<Results<NoContent, ProblemHttpResult>> RemoveOutputAsync(Guid productId, Guid outputId, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.ProductOutputs.SingleOrDefaultAsync(o => o.Id == outputId && o.ProductId == productId, cancellationToken) is not { } output)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        db.ProductOutputs.Remove(output);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public async Task<List<ProductProcessAssignment>> AssignmentsAsync(Guid inventoryYearId, CancellationToken cancellationToken) =>
        CanRead ? await db.ProductProcessAssignments.AsNoTracking().Where(a => a.InventoryYearId == inventoryYearId).ToListAsync(cancellationToken) : [];

    /// <summary>
    /// Ties a facility's process in the inventory's register to a product (direct assignment), replacing the product it
    /// was tied to; the process must be one the inventory's sources of that facility name.
    /// </summary>
    public async Task<Results<Ok<ProductProcessAssignment>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        Guid inventoryYearId, AssignmentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CanRead || !await db.InventoryYears.AnyAsync(y => y.Id == inventoryYearId, cancellationToken))
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        var errors = new FieldErrors();
        if (request.ProductId is not Guid productId || !await db.Products.AnyAsync(p => p.Id == productId, cancellationToken))
        {
            errors.Add("productId", "請選擇產品。", "Choose a product.");
        }

        var key = TextKey.Normalize(request.Process ?? "");
        var processes = await ProcessesAsync(inventoryYearId, request.FacilityId, cancellationToken);
        if (request.FacilityId is null || key.Length == 0 || !processes.Any(p => TextKey.Normalize(p) == key))
        {
            errors.Add("process", "請選擇此盤查年度排放源登錄的廠區製程。", "Choose a process of the facility as the inventory's sources name it.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var process = processes.First(p => TextKey.Normalize(p) == key);
        var existing = (await db.ProductProcessAssignments.Where(a => a.InventoryYearId == inventoryYearId && a.FacilityId == request.FacilityId).ToListAsync(cancellationToken))
            .SingleOrDefault(a => TextKey.Normalize(a.Process) == key);
        if (existing is null)
        {
            existing = new ProductProcessAssignment { Id = Guid.CreateVersion7(), InventoryYearId = inventoryYearId, FacilityId = request.FacilityId!.Value, Process = process };
            db.ProductProcessAssignments.Add(existing);
        }

        existing.ProductId = request.ProductId!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(existing);
    }

    public async Task<Results<NoContent, ProblemHttpResult>> UnassignAsync(Guid inventoryYearId, Guid assignmentId, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.ProductProcessAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.InventoryYearId == inventoryYearId, cancellationToken)
            is not { } assignment)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        db.ProductProcessAssignments.Remove(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The process names of the inventory's sources at a facility (製程, else 設備, as the calculation names rows).</summary>
    public async Task<List<string>> ProcessesAsync(Guid inventoryYearId, Guid? facilityId, CancellationToken cancellationToken) =>
        (await db.EmissionSources.AsNoTracking().Where(s => s.InventoryYearId == inventoryYearId && s.FacilityId == facilityId)
            .Select(s => s.Process ?? s.Equipment).ToListAsync(cancellationToken))
        .OfType<string>().DistinctBy(TextKey.Normalize).Order(StringComparer.Ordinal).ToList();

    private static void NotNegative(FieldErrors errors, string field, decimal? value, string chinese, string english)
    {
        if (value is < 0m)
        {
            errors.Add(field, $"{chinese}不可為負數。", $"{english} cannot be negative.");
        }
    }
}
