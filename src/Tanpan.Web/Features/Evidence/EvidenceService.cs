using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Features.Evidence;

/// <summary>
/// The evidence use cases shared by <see cref="EvidenceApi"/> and the evidence page: list, upload, find for
/// download and delete. Reads follow the inventory's rules (members, a verifier limited to one inventory sees
/// only it); writes need an owner or editor and an open inventory (the inventory API's own check).
/// </summary>
public sealed class EvidenceService(AppDbContext db, TenantContext tenant, EvidenceStore store, TimeProvider clock)
{
    public long MaxBytes => store.MaxBytes;

    /// <summary>The entry's evidence, oldest first; 404 when the entry is not one of this inventory and source.</summary>
    public async Task<(List<EvidenceFile>? Files, ProblemHttpResult? Problem)> ListAsync(
        Guid id, Guid sourceId, Guid entryId, CancellationToken cancellationToken)
    {
        if (!await VisibleAsync(id, cancellationToken)
            || !await db.ActivityEntries.AnyAsync(a => a.Id == entryId && a.EmissionSourceId == sourceId && a.InventoryYearId == id, cancellationToken))
        {
            return (null, Problems.NotFound());
        }

        var files = await db.EvidenceFiles.Where(e => e.ActivityEntryId == entryId && e.InventoryYearId == id).ToListAsync(cancellationToken);
        return ([.. files.OrderBy(e => e.UploadedAt).ThenBy(e => e.Id)], null);
    }

    /// <summary>Stores one file for the entry; 413 when too large, 415 when not an accepted kind, nothing kept either way.</summary>
    public async Task<(EvidenceFile? File, ProblemHttpResult? Problem)> UploadAsync(
        Guid id, Guid sourceId, Guid entryId, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        if (await InventoriesApi.WritableEntryAsync(id, sourceId, entryId, tenant, db, cancellationToken) is var (entry, problem) && entry is null)
        {
            return (null, problem);
        }

        var name = SafeName(fileName);
        var stored = await store.SaveAsync(content, name, cancellationToken);
        switch (stored.Refusal)
        {
            case EvidenceRefusal.TooLarge:
                return (null, TooLarge());
            case EvidenceRefusal.Unsupported:
                return (null, Problems.Of(StatusCodes.Status415UnsupportedMediaType,
                    "不支援的檔案類型：請上傳 PDF、PNG、JPEG、Excel（.xlsx）、Word（.docx）、CSV 或純文字檔。",
                    "Unsupported file type: upload a PDF, PNG, JPEG, Excel (.xlsx), Word (.docx), CSV or plain-text file."));
        }

        var now = clock.GetUtcNow();
        var evidence = new EvidenceFile
        {
            Id = Guid.CreateVersion7(now),
            InventoryYearId = id,
            ActivityEntryId = entryId,
            FileName = name,
            ContentType = stored.ContentType,
            SizeBytes = stored.SizeBytes,
            StoredPath = stored.StoredName,
            Sha256 = stored.Sha256,
            UploadedAt = now,
        };
        try
        {
            db.EvidenceFiles.Add(evidence);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            store.Delete(stored.StoredName);
            throw;
        }

        return (evidence, null);
    }

    public ProblemHttpResult TooLarge() => Problems.Of(StatusCodes.Status413PayloadTooLarge,
        $"檔案太大：上限為 {MaxBytes / 1024.0 / 1024.0:0.#} MB。", $"The file is too large: the limit is {MaxBytes / 1024.0 / 1024.0:0.#} MB.");

    /// <summary>One evidence file of the inventory, for download; null when there is none the member may see.</summary>
    public async Task<EvidenceFile?> FindAsync(Guid id, Guid evidenceId, CancellationToken cancellationToken) =>
        await VisibleAsync(id, cancellationToken)
            ? await db.EvidenceFiles.SingleOrDefaultAsync(e => e.Id == evidenceId && e.InventoryYearId == id, cancellationToken)
            : null;

    /// <summary>Deletes the row and the stored file (owner or editor, inventory open).</summary>
    public async Task<ProblemHttpResult?> DeleteAsync(Guid id, Guid evidenceId, CancellationToken cancellationToken)
    {
        var evidence = await db.EvidenceFiles.SingleOrDefaultAsync(e => e.Id == evidenceId && e.InventoryYearId == id, cancellationToken);
        if (evidence is null)
        {
            return Problems.NotFound();
        }

        var sourceId = await db.ActivityEntries.Where(a => a.Id == evidence.ActivityEntryId).Select(a => a.EmissionSourceId).SingleAsync(cancellationToken);

        if (await InventoriesApi.WritableEntryAsync(id, sourceId, evidence.ActivityEntryId, tenant, db, cancellationToken) is var (entry, problem) && entry is null)
        {
            return problem;
        }

        db.EvidenceFiles.Remove(evidence);
        await db.SaveChangesAsync(cancellationToken);
        store.Delete(evidence.StoredPath);
        return null;
    }

    public FileStream? OpenRead(EvidenceFile evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return store.OpenRead(evidence.StoredPath);
    }

    /// <summary>The user's file name without any folder part or control character, at most 255 characters; never used as a path.</summary>
    public static string SafeName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?'))]).Trim().TrimStart('.');
        if (name.Length > 255)
        {
            var extension = Path.GetExtension(name);
            name = extension.Length is > 0 and <= 10 ? name[..(255 - extension.Length)] + extension : name[..255];
        }

        return name.Length == 0 ? "evidence" : name;
    }

    private async Task<bool> VisibleAsync(Guid id, CancellationToken cancellationToken) =>
        await VerifierScope.LimitAsync(tenant, db, cancellationToken) is not Guid only || only == id;
}
