using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Accounts;

/// <summary>Result of <see cref="AccountService.SetUpAsync"/>: the administrator, or why there is none.</summary>
public sealed record SetupOutcome(User? User, FieldError? Error, bool AlreadyDone);

/// <summary>Result of <see cref="AccountService.CreateOrganisationAsync"/>: the organisation, or why there is none.</summary>
public sealed record CreateOrganisationOutcome(OrganisationSummary? Organisation, FieldError? Error, bool Forbidden);
