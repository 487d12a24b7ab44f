using Microsoft.AspNetCore.Components;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.ActivityImports.Pages;

/// <summary>
/// <c>/inventories/{id}/import</c>: upload an activity file, see its plan (problems, new facilities and sources, overlaps)
/// and commit it as a background job once the overlaps and new facilities are decided.
/// </summary>
public partial class Import
{
    private const int MaxProblemsShown = 500;
    private InventoryYear? _year;
    private bool _canWrite;
    private string? _fileError;
    private string? _key;
    private ImportPreview? _preview;

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromForm(FormName = "import-commit")]
    private string? Key { get; set; }

    [SupplyParameterFromForm(FormName = "import-commit")]
    private string? FileName { get; set; }

    [SupplyParameterFromForm(FormName = "import-commit")]
    private int Rows { get; set; }

    [SupplyParameterFromForm(FormName = "import-commit")]
    private int OverlapCount { get; set; }

    [SupplyParameterFromForm(FormName = "import-commit")]
    private int FacilityCount { get; set; }

    [SupplyParameterFromForm(FormName = "import-commit")]
    private string? Overlap { get; set; }

    [SupplyParameterFromForm(FormName = "import-commit")]
    private string? OverlapReason { get; set; }

    [SupplyParameterFromForm(FormName = "import-commit")]
    private bool ConfirmFacilities { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (!EnsureMember() || await FindInventoryAsync(Id) is not { } year)
        {
            return;
        }

        _year = year;
        _canWrite = MemberCanWrite && year.LockedAt is null;
    }

    /// <summary>
    /// True on a post of the named form to a page the member can see: the form is then rendered (hidden if it does not
    /// apply any more) so the framework dispatches the post to its handler instead of answering 400.
    /// </summary>
    private bool Posted(string form) =>
        IsPost && !Missing && HttpContext.Request.HasFormContentType && HttpContext.Request.Form["_handler"] == form;

    /// <summary>The same service as <c>POST /api/v1/inventories/{id}/import</c>, on the page's own context.</summary>
    private ImportService Service => new(Db, Tenant, Library, Options, Clock);

    private async Task PreviewAsync()
    {
        if (_year is null)
        {
            return;
        }

        var form = await HttpContext.Request.ReadFormAsync(Aborted);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            _fileError = I["NoFile"];
            return;
        }

        if (file.Length > Options.Value.MaxBytes)
        {
            Show(Service.TooLarge());
            return;
        }

        if (await Service.RefusalAsync(Id, Aborted) is { } refusal)
        {
            (_key, _canWrite) = (null, false);
            Show(refusal);
            return;
        }

        // Received into incoming/ and kept (under a key for the commit) only when the preview has no problem.
        string path;
        await using (var content = file.OpenReadStream())
        {
            path = await Uploads.ReceiveAsync(file.FileName, content, Aborted);
        }

        try
        {
            var (preview, problem) = await Service.ImportAsync(Id, path, Path.GetFileName(file.FileName), dryRun: true, Aborted);
            if (preview is null)
            {
                _canWrite = problem!.StatusCode == StatusCodes.Status400BadRequest;
                Show(problem);
                return;
            }

            _preview = preview;
            if (preview.Problems.Count == 0)
            {
                (_key, path) = Uploads.Keep(Id, path);
            }
        }
        finally
        {
            if (_key is null)
            {
                ImportUploads.Delete(path);
            }
        }
    }

    private async Task CommitAsync()
    {
        if (_year is null)
        {
            return;
        }

        if (Uploads.Find(Id, Key) is not { } path)
        {
            FormError = I["Expired"];
            return;
        }

        // Overlaps and unknown facilities need the user's decision first; the job re-plans and refuses if they are missing.
        var decisions = new ImportDecisions(Overlap, OverlapReason, ConfirmFacilities);
        if (ImportChoices.Missing(FacilityCount, OverlapCount, decisions).ToList() is { Count: > 0 } missing)
        {
            // Each missing decision next to its own field, all at once: the overlap choice, its reason, the facilities' box.
            foreach (var m in missing)
            {
                var field = m.Column == "facility" ? "confirmFacilities" : Overlap == "keep" ? "overlapReason" : "overlap";
                Errors[field] = English ? m.MessageEn : m.MessageZh;
            }

            _key = Key;
            return;
        }

        // The commit runs as a background job (all or nothing); its page shows the progress and the outcome.
        var (job, problem) = await Jobs.StartAsync(Id, path, Path.GetFileName(FileName ?? ""), Rows, Aborted, decisions);
        if (job is null)
        {
            _canWrite = false;
            Show(problem!);
            return;
        }

        Nav.NavigateTo($"/inventories/{Id}/import/jobs/{job.Id}");
    }
}
