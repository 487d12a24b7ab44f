using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Documents.Inventories;
using Tanpan.Documents.Register;
using Tanpan.Documents.Report;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories;

public static partial class InventoriesApi
{
    internal const string RegisterContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    internal const string ReportContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The MOENV 清冊 workbook of the inventory (every member may download it); 422 as the results when an entry cannot be calculated.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetRegisterAsync(
        Guid id, InventoryDocuments documents, CancellationToken cancellationToken) =>
        await DocumentAsync(id, documents, doc => Write(stream => RegisterWorkbook.Write(stream, doc)), RegisterContentType, DocumentFileNames.Register, cancellationToken);

    /// <summary>The 報告書 of the inventory in Traditional Chinese (<c>lang=zh</c>, the default) or English (<c>lang=en</c>).</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetReportAsync(
        Guid id, string? lang, InventoryDocuments documents, CancellationToken cancellationToken)
    {
        if (lang is not (null or "zh" or "en"))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "報告語言須為 zh 或 en。", "The report language (lang) must be zh or en.");
        }

        var language = lang == "en" ? ReportLanguage.En : ReportLanguage.Zh;
        return await DocumentAsync(id, documents, doc => Write(stream => InventoryReport.Write(stream, doc, language)), ReportContentType, info => DocumentFileNames.Report(info, language), cancellationToken);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DocumentAsync(
        Guid id, InventoryDocuments documents, Func<InventoryDocument, byte[]> write, string contentType, Func<InventoryDocumentInfo, string> fileName,
        CancellationToken cancellationToken)
    {
        if (await documents.GetAsync(id, cancellationToken) is not { } outcome)
        {
            return Problems.NotFound();
        }

        if (outcome.SnapshotDiffers)
        {
            return Problems.Conflict(
                "此盤查年度鎖定時的結果與目前重新計算的結果不同（係數庫已變更），無法產出一致的文件；請系統管理員解鎖後重新提交。",
                "The results locked with this inventory differ from a recalculation now (the factor library changed), so the documents would not match them; an administrator can unlock it and submit it again.");
        }

        if (outcome.Document is not { } doc)
        {
            return Unprocessable(outcome.Issues);
        }

        return TypedResults.File(write(doc), contentType, fileName(doc.Info));
    }

    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
