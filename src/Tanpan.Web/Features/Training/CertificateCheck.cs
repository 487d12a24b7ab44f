namespace Tanpan.Web.Features.Training;

/// <summary>What the public verification page shows of a certificate: holder, company, course, date, issuer and whether it stands.</summary>
public sealed record CertificateCheck(
    string Number,
    string HolderName,
    string CompanyName,
    string CourseTitle,
    TrainingTier Tier,
    DateOnly CompletedOn,
    string AgencyName,
    DateTimeOffset? RevokedAt);
