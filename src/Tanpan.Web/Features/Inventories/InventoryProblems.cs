using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories;

/// <summary>The inventory flow's bilingual problems and the role rule: owners and editors write, everyone else reads.</summary>
internal static class InventoryProblems
{
    public static bool CanWrite(this TenantContext tenant) => tenant.Role is MembershipRole.Owner or MembershipRole.Editor;

    public static ProblemHttpResult ReadOnly() => Problems.Of(StatusCodes.Status403Forbidden,
        "您的角色只能檢視資料，不能修改。", "Your role can read this organisation's data but not change it.");

    public static ProblemHttpResult Locked() => Problems.Of(StatusCodes.Status409Conflict,
        "此盤查年度已鎖定，不能修改；請系統管理員解鎖。", "This inventory is locked and cannot be changed; an administrator can unlock it.");

    public static ProblemHttpResult NotFound() => Problems.NotFound();

    public static ProblemHttpResult Conflict(string chinese, string english) => Problems.Of(StatusCodes.Status409Conflict, chinese, english);
}
