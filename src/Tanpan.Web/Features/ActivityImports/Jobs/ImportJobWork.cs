using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.ActivityImports.Jobs;

/// <summary>A queued job: its row, the stored file, and who started it (the runner acts as them).</summary>
public sealed record ImportJobWork(Guid JobId, Guid InventoryId, Guid OrganisationId, Guid? UserId, MembershipRole? Role, string Path, string FileName,
    ImportDecisions? Decisions = null);
