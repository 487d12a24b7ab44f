namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A person registered for a session through the public link (no account): the company's 統一編號 (checked), name,
/// title, e-mail and phone, and whether they hold a seat, wait, or were cancelled. When a Tanpan organisation's profile
/// has the same 統一編號 the registration names it (<see cref="LinkedOrganisationId"/>).
/// </summary>
public sealed class TrainingRegistration : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid SessionId { get; set; }

    public required string CompanyName { get; set; }

    /// <summary>統一編號, eight digits passing <c>Tanpan.Core.Organisations.TaxId</c>.</summary>
    public required string TaxId { get; set; }

    public required string PersonName { get; set; }

    public string? JobTitle { get; set; }

    public required string Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>A <c>Features.Training.RegistrationStatuses</c> value: confirmed, waitlisted, cancelled.</summary>
    public required string Status { get; set; }

    /// <summary>The e-mail in lower case while the registration is active, null once cancelled: unique per session.</summary>
    public string? ActiveEmailKey { get; set; }

    /// <summary>The Tanpan organisation whose profile has this 統一編號, when one existed at registration.</summary>
    public Guid? LinkedOrganisationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
