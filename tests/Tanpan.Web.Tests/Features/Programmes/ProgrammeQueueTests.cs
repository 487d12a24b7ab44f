using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Programmes;

/// <summary>
/// Quotas, the wait list and the queue order on a real database (issue 20 items 3 and 9; seed 004): the first
/// confirmed request over the quota is wait-listed, not rejected; parallel confirmations and parallel approvals never
/// take more places than the quota; the queue is ordered by the service's priority rule, then by arrival.
/// </summary>
public abstract class ProgrammeQueueTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Sample_HasSeed004Quotas()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        await using var admin = world.Admin();

        var services = await admin.Service.ServicesAsync(world.ProgrammeId, default);

        services.Select(s => (s.NameZh, s.Quota)).ShouldBe([("碳盤查輔導", 180), ("碳盤查查證輔導", 40), ("產品碳足跡訓練式輔導", 60),
            ("計畫型抵換專案", 1), ("方案型抵換專案", 1), ("抵換專案現場支援", 20)]);
        services.Single(s => s.Key == "verification").CoPaymentNtd.ShouldBe(90_000m);
    }

    [Fact]
    public async Task Confirm_FirstOverQuota_IsWaitListedNotRejected()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        await world.SetQuotaAsync("verification", 2);

        var ids = new List<Guid>();
        for (var n = 1; n <= 3; n++)
        {
            ids.Add(await world.ApplyAsync(Applicants.Form("verification", n)));
        }

        var states = new List<string>();
        foreach (var id in ids)
        {
            states.Add((await world.RequestAsync(id)).State);
        }

        states.ShouldBe([RequestStates.Queued, RequestStates.Queued, RequestStates.WaitListed]);
        (await world.ServiceAsync("verification")).SeatsTaken.ShouldBe(2);
    }

    [Fact]
    public async Task Confirm_TwelveInParallelForThreePlaces_QueuesExactlyThree()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        await world.SetQuotaAsync("inventory", 3);
        var submitted = new List<Guid>();
        for (var n = 1; n <= 12; n++)
        {
            await using var intake = world.Intake();
            submitted.Add((await intake.Service.SubmitAsync(world.ProgrammeId, Applicants.Form("inventory", n), null, "zh-TW", default)).ApplicationId!.Value);
        }

        await Task.WhenAll(submitted.Select(id => Task.Run(async () =>
        {
            await using var intake = world.Intake();
            await intake.Service.ConfirmAsync(id, default);
        })));

        await using var admin = world.Admin();
        var service = await world.ServiceAsync("inventory");
        var requests = await admin.Db.ProgrammeRequests.AsNoTracking().Where(r => r.ServiceId == service.Id).ToListAsync();
        requests.Count(r => r.State == RequestStates.Queued).ShouldBe(3);
        requests.Count(r => r.State == RequestStates.WaitListed).ShouldBe(9);
        requests.Count(r => r.HoldsSeat).ShouldBe(3);
        service.SeatsTaken.ShouldBe(3);
        var numbers = await admin.Db.ProgrammeApplications.AsNoTracking().Where(a => submitted.Contains(a.Id)).Select(a => a.Number!.Value).ToListAsync();
        numbers.Order().ShouldBe(Enumerable.Range(1, 12));   // every confirmation got its own 案件編號
    }

    [Fact]
    public async Task Approve_SixWaitListedInParallelForOneFreedPlace_ApprovesExactlyOne()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        await world.SetQuotaAsync("footprint", 2);
        var ids = new List<Guid>();
        for (var n = 1; n <= 8; n++)
        {
            var form = Applicants.Form("footprint", n);
            Footprint(form);
            ids.Add(await world.ApplyAsync(form));
        }

        var first = await world.RequestAsync(ids[0]);
        await using (var desk = world.Desk())
        {
            (await desk.Service.RejectAsync(first.Id, "產品非於申請工廠生產（訪談確認）。", default)).Result.ShouldBeOfType<Ok<ProgrammeRequest>>();
        }

        var waiting = new List<Guid>();
        foreach (var id in ids.Skip(2))
        {
            waiting.Add((await world.RequestAsync(id)).Id);
        }

        var outcomes = await Task.WhenAll(waiting.Select(id => Task.Run(async () =>
        {
            await using var desk = world.Desk();
            return (await desk.Service.ApproveAsync(id, default)).Result;
        })));

        outcomes.Count(o => o is Ok<ProgrammeRequest>).ShouldBe(1);
        outcomes.Count(o => o is ProblemHttpResult { StatusCode: 409 }).ShouldBe(5);
        (await world.ServiceAsync("footprint")).SeatsTaken.ShouldBe(2);
        await using var admin = world.Admin();
        (await admin.Db.ProgrammeRequests.AsNoTracking().CountAsync(r => waiting.Contains(r.Id) && r.State == RequestStates.Approved)).ShouldBe(1);
    }

    [Fact]
    public async Task Decisions_AreAuditedWithTheOfficerAndReason()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var request = await world.RequestAsync(await world.ApplyAsync(Applicants.Form("inventory")));

        world.Clock.Now = world.Clock.Now.AddMinutes(1);
        await using (var desk = world.Desk())
        {
            (await desk.Service.ApproveAsync(request.Id, default)).Result.ShouldBeOfType<Ok<ProgrammeRequest>>();
        }

        world.Clock.Now = world.Clock.Now.AddMinutes(1);
        await using (var desk = world.Desk())
        {
            (await desk.Service.RecordBureauApprovalAsync(request.Id, new DateOnly(2023, 5, 2), "工中字第 11200012340 號", default)).Result.ShouldBeOfType<Ok<ProgrammeRequest>>();
        }

        await using var admin = world.Admin();
        var entries = await admin.Db.AuditEntries.AsNoTracking().Where(e => e.EntityId == request.Id && e.Action == AuditAction.Update).ToListAsync();
        var ordered = entries.OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
        ordered.Count.ShouldBe(3);   // confirmation (system), approval, bureau approval
        ordered[0].UserId.ShouldBeNull();
        ordered[1].UserId.ShouldBe(world.OfficerId);
        ordered[1].NewValues.ShouldNotBeNull().ShouldContain("\"State\":\"approved\"");
        ordered[2].NewValues.ShouldNotBeNull().ShouldContain("工中字第 11200012340 號");
        (await world.RequestAsync(request.ApplicationId)).State.ShouldBe(RequestStates.BureauApproved);
    }

    [Fact]
    public async Task Reject_WithoutReason_IsRefusedAndNothingChanges()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var request = await world.RequestAsync(await world.ApplyAsync(Applicants.Form("inventory")));
        await using var desk = world.Desk();

        var result = (await desk.Service.RejectAsync(request.Id, "  ", default)).Result;

        result.ShouldBeOfType<ValidationProblem>();
        (await world.RequestAsync(request.ApplicationId)).State.ShouldBe(RequestStates.Queued);
    }

    [Fact]
    public async Task Decide_AsViewer_IsRefused()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var request = await world.RequestAsync(await world.ApplyAsync(Applicants.Form("inventory")));
        await using var desk = world.Desk(MembershipRole.Viewer);

        (await desk.Service.ApproveAsync(request.Id, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(403);
    }

    internal static void Footprint(ApplicationInput form, bool madeAtFactory = true)
    {
        form.FootprintProductMadeAtFactory = madeAtFactory;
        form.Form2 = ["1", "1", "1", "0", "1"];
        form.TargetProduct = "染色布（聚酯），每公尺";
        form.TargetProductRevenuePercent = "35";
    }
}
