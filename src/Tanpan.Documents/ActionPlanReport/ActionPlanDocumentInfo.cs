namespace Tanpan.Documents.ActionPlanReport;

/// <summary>Who keeps the plan (the agency organisation) and when the document was made.</summary>
public sealed record ActionPlanDocumentInfo(string OrganisationName, DateTimeOffset GeneratedAt);
