namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// Course tier keys the Programmes feature asks <see cref="ITrainingCertificates"/> about. The footprint service's
/// priority (seed 004, 注意事項(三)) names the 碳足跡實踐體驗講習 (<see cref="FootprintWorkshop"/>).
/// </summary>
public static class TrainingCourseTiers
{
    /// <summary>講習班 (one day, seed 000).</summary>
    public const string Lecture = "lecture";

    /// <summary>
    /// 產品碳足跡實踐體驗講習 (seed 001), the course seed 004 注意事項(三) names for the footprint service's priority:
    /// 「以有派人員參加並完成(獲訓練證明)「112 年-碳足跡實踐體驗講習課程」者，優先錄取」 — this course, not any 講習.
    /// </summary>
    public const string FootprintWorkshop = "pcf";

    /// <summary>CEO班 (half a day, seed 000).</summary>
    public const string Ceo = "ceo";

    /// <summary>種子班 (three days, seed 000).</summary>
    public const string Seed = "seed";
}
