namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// Course tier keys the Programmes feature asks <see cref="ITrainingCertificates"/> about. The footprint service's
/// priority (seed 004, 注意事項(三)) names the 碳足跡實踐體驗講習 (a 講習-tier course).
/// </summary>
public static class TrainingCourseTiers
{
    /// <summary>講習班 (one day, seed 000), e.g. 112 年碳足跡實踐體驗講習課程 (seed 004).</summary>
    public const string Lecture = "lecture";

    /// <summary>CEO班 (half a day, seed 000).</summary>
    public const string Ceo = "ceo";

    /// <summary>種子班 (three days, seed 000).</summary>
    public const string Seed = "seed";
}
