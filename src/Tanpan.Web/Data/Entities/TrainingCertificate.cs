namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A completion certificate: number <c>TP-{year}-{tier code}-{sequence:0000}</c> (per agency, course year and tier),
/// a random check code that the public verification page asks for with the number, what it certifies (copied at issue,
/// so the certificate reads the same later), and its revocation (audited like every change of the row).
/// </summary>
public sealed class TrainingCertificate : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid RegistrationId { get; set; }

    public required string Number { get; set; }

    public int Year { get; set; }

    public required string TierKey { get; set; }

    public int Sequence { get; set; }

    /// <summary>Ten Crockford base-32 characters (50 random bits), shown as XXXXX-XXXXX.</summary>
    public required string CheckCode { get; set; }

    public required string HolderName { get; set; }

    public required string CompanyName { get; set; }

    public required string TaxId { get; set; }

    public required string CourseTitle { get; set; }

    /// <summary>The session's last day.</summary>
    public DateOnly CompletedOn { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedReason { get; set; }
}
