namespace Tanpan.Web.Features.Training;

/// <summary>A registration as the public form posts it.</summary>
public sealed record RegistrationRequest(string? CompanyName, string? TaxId, string? PersonName, string? JobTitle, string? Email, string? Phone);
