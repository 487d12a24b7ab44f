namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// Answers the footprint service's training priority (seed 004, 注意事項(三): applicants who sent staff to, and
/// completed with a training certificate, the 碳足跡實踐體驗講習 are admitted first). Implemented by the Training
/// feature (the dependency runs Training → Programmes). When no implementation is registered, the Programmes
/// feature reports the rule as "not checked" to the officer; it never counts it as met.
/// </summary>
public interface ITrainingCertificates
{
    /// <summary>
    /// True when a company with this 統一編號 (eight digits, no spaces) holds a valid, not revoked completion
    /// certificate of a course of <paramref name="courseTier"/> (see <see cref="TrainingCourseTiers"/>).
    /// </summary>
    Task<bool> HasValidCertificateAsync(string taxId, string courseTier, CancellationToken ct);
}
