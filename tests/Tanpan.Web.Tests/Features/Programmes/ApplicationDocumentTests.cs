using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Testing;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Programmes;

/// <summary>
/// The printable application read back as a person would see it: the .docx is converted to PDF by LibreOffice and the
/// PDF's text extracted by pdftotext; the paper form's labels and the applicant's answers must be there, with the
/// chosen service and stage ticked (■) and the others not (□), and 附表2/附表3 for a footprint applicant.
/// </summary>
public sealed class ApplicationDocumentTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Docx_AsPdf_ReadsBackAsThePaperForm()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var form = Applicants.Form("footprint", midSized: true);
        ProgrammeQueueTests<SqliteFixture>.Footprint(form);
        form.Services.Add(new() { Key = "offset-support", Chosen = true });
        form.Stage = "verification";
        (form.TopSuppliers, form.ExecutiveName, form.ExecutiveTitle) = ("遠東化纖、台塑", "王大明", "董事長");
        var id = await world.ApplyAsync(form);
        await using var admin = world.Admin();
        var view = (await admin.Service.ApplicationAsync(id, default)).ShouldNotBeNull();
        using var folder = new TempDirectory();
        var docx = Path.Combine(folder.Path, "application.docx");
        await using (var file = File.Create(docx))
        {
            ApplicationDocument.Write(file, view);
        }

        LibreOffice.Convert(docx, "pdf", folder.Path);
        var text = LibreOffice.PdfText(Path.Combine(folder.Path, "application.pdf"));
        var flat = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));   // table cells wrap; compare without layout spaces

        foreach (var expected in new[]
        {
            "輔導申請表", "案件編號：1", "工廠名稱", "測試染整股份有限公司第1廠", "中堅企業■是□否", "統一編號22099131", "工廠登記證號99-612345", "11.紡織業",
            "資本額3,000萬元", "內銷（112年）60%", "銷歐15%", "染色布", "1,200公噸", "□碳盤查輔導", "□碳盤查查證輔導", "■產品碳足跡訓練式輔導",
            "■查證支援", "□確證支援", "訪廠月份，請填寫：3、4月", "申請人簽章",
            "進行訓練式輔導前認知同意表", "□符合■不符合", "廠商簡介", "遠東化纖、台塑", "109年營業額", "王大明董事長",
        })
        {
            flat.ShouldContain(expected, customMessage: text);
        }
    }
}
