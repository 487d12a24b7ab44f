using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// The priority rules that order a service's queue before arrival (seed 004, 注意事項; a service's
/// <see cref="ProgrammeService.PriorityRule"/> names one). Level 1 is served first. The readings chosen where the
/// seed is terse are in docs/programmes.md, "Priority".
/// </summary>
public sealed class PriorityRules(IServiceProvider services)
{
    /// <summary>
    /// 注意事項(一)(二): 以國內中小型製造業者、供應鏈體系企業、111 年 12 月 CBAM 公告擴大適用之排放源為優先 — level 1 when
    /// any one of the three holds, else 2. SME by 中小企業認定標準 第 2 條 (manufacturing: 實收資本額新臺幣一億元以下，或
    /// 經常僱用員工數未滿二百人).
    /// </summary>
    public const string SmeSupplyChainCbam = "sme-supply-chain-cbam";

    /// <summary>注意事項(三): 完成(獲訓練證明)「碳足跡實踐體驗講習課程」者，優先錄取 — level 1 with a valid certificate.</summary>
    public const string TrainingCertificate = "training-certificate";

    /// <summary>注意事項(五): the four-level order of 抵換專案現場支援.</summary>
    public const string OffsetSupportOrder = "offset-support-order";

    /// <summary>No priority: arrival only (the micro-offset demonstrations are chosen by 遴選 from the queue).</summary>
    public const string ArrivalOnly = "arrival";

    public static IReadOnlyList<string> All { get; } = [SmeSupplyChainCbam, TrainingCertificate, OffsetSupportOrder, ArrivalOnly];

    /// <summary>中小企業認定標準 第 2 條第 1 款: capital up to NT$100 million (10,000 萬元) or fewer than 200 regular employees.</summary>
    public static bool IsSme(ProgrammeApplication a) => a.CapitalTenThousandNtd <= 10_000m || a.Employees < 200;

    /// <summary>The level (1 first) and the outcomes that gave it.</summary>
    public async Task<(int Level, IReadOnlyList<RuleOutcome> Outcomes)> LevelAsync(string rule, ProgrammeApplication a, string? stage, CancellationToken ct)
    {
        switch (rule)
        {
            case SmeSupplyChainCbam:
            {
                var sme = Outcome("sme", IsSme(a), "中小企業（中小企業認定標準第 2 條）。", "An SME (SME Recognition Standards, Art. 2).",
                    "非中小企業（資本額逾一億元且員工 200 人以上）。", "Not an SME (capital over NT$100 million and 200 or more employees).");
                var chain = Outcome("supply-chain", a.IsSupplyChainMember, "供應鏈體系企業。", "In a supply chain.", "非供應鏈體系企業。", "Not in a supply chain.");
                var cbam = Outcome("cbam", a.IsCbamExposed, "CBAM 擴大適用之排放源。", "A source in CBAM's extended scope.", "非 CBAM 擴大適用之排放源。", "Not in CBAM's extended scope.");
                return (new[] { sme, chain, cbam }.Any(o => o.Result == RuleResult.Met) ? 1 : 2, [sme, chain, cbam]);
            }

            case TrainingCertificate:
            {
                if (services.GetService<ITrainingCertificates>() is not { } register)
                {
                    return (2, [new("training-certificate", RuleResult.NotChecked, "未查核訓練證明（未安裝訓練課程功能），不列優先。",
                        "Training certificate not checked (no training register installed); not given priority.")]);
                }

                var valid = await register.HasValidCertificateAsync(a.TaxId, TrainingCourseTiers.FootprintWorkshop, ct);
                return (valid ? 1 : 2, [Outcome("training-certificate", valid, "持有效之碳足跡實踐體驗講習訓練證明。", "Holds a valid footprint workshop certificate.",
                    "查無有效之碳足跡實踐體驗講習訓練證明。", "No valid footprint workshop certificate found.")]);
            }

            case OffsetSupportOrder:
            {
                // The first of the seed's three orders the applicant meets gives the level; none of them: level 4.
                var first = Outcome("no-offset-experience", !a.HasOffsetExperience, "過去未曾執行抵換專案。", "No offset project before.",
                    "曾執行抵換專案。", "Has carried out an offset project.");
                var second = Outcome("site-not-first-batch", !a.ReductionSiteIsFirstBatch, "減量措施地點非第一批應盤查排放源。",
                    "The measure's site is not a first-batch source.", "減量措施地點屬第一批應盤查排放源。", "The measure's site is a first-batch source.");
                var third = Outcome("credit-stage", OffsetStages.Find(stage)?.CreditStage == true, "屬額度申請階段。", "In the credit-application stages.",
                    "非額度申請階段。", "Not in the credit-application stages.");
                var level = first.Result == RuleResult.Met ? 1 : second.Result == RuleResult.Met ? 2 : third.Result == RuleResult.Met ? 3 : 4;
                return (level, [first, second, third]);
            }

            default:
                return (1, []);
        }
    }

    private static RuleOutcome Outcome(string key, bool met, string zhMet, string enMet, string zhNot, string enNot) =>
        met ? new(key, RuleResult.Met, zhMet, enMet) : new(key, RuleResult.NotMet, zhNot, enNot);
}
