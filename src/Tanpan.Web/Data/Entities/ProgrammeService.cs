namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One service of a <see cref="Programme"/> (seed 004 申請項目說明): its quota (名額), co-payment, who delivers it,
/// dates, the eligibility and priority rules it applies (keys of <c>Features.Programmes.EligibilityRules</c> and
/// <c>Features.Programmes.PriorityRules</c>) and the forms an applicant fills. <see cref="SeatsTaken"/> counts the
/// requests holding a place within the quota; it is changed only together with a request's state, under the row
/// version, so two concurrent decisions cannot both take the last place.
/// </summary>
public sealed class ProgrammeService : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ProgrammeId { get; set; }

    /// <summary>A stable key within the programme, e.g. <c>inventory</c>, <c>offset-support</c>.</summary>
    public required string Key { get; set; }

    /// <summary>Order on the form (附表1 lists the services in this order).</summary>
    public int Position { get; set; }

    /// <summary>The 附表1 group: 1 推動低碳轉型輔導, 2 微型抵換專案示範推動, 3 抵換專案現場支援.</summary>
    public int FormGroup { get; set; }

    public required string NameZh { get; set; }

    public required string NameEn { get; set; }

    /// <summary>名額: how many applicants the service takes.</summary>
    public int Quota { get; set; }

    /// <summary>The applicant's co-payment in NT$ including tax; 0 when free.</summary>
    public decimal CoPaymentNtd { get; set; }

    /// <summary>What the co-payment leaves out, e.g. 不含查驗機構查證費用.</summary>
    public string? CoPaymentNoteZh { get; set; }

    public string? CoPaymentNoteEn { get; set; }

    /// <summary>輔導單位: who delivers the service.</summary>
    public required string DeliveredBy { get; set; }

    public DateOnly OpensOn { get; set; }

    /// <summary>The last day to apply; null for 即日起至額滿止 (until the quota is full).</summary>
    public DateOnly? ClosesOn { get; set; }

    /// <summary>Applicants are chosen by selection (遴選), not by order of arrival.</summary>
    public bool BySelection { get; set; }

    /// <summary>The applicant chooses one of the seven stages of 抵換專案現場支援 (附表1, 七擇一).</summary>
    public bool HasStages { get; set; }

    /// <summary>Requires 附表2 (認知同意表) and 附表3 (廠商簡介) from the applicant.</summary>
    public bool RequiresFootprintForms { get; set; }

    /// <summary>Comma-separated eligibility rule keys checked on submit.</summary>
    public required string EligibilityRules { get; set; }

    /// <summary>The priority rule key that orders the queue before arrival.</summary>
    public required string PriorityRule { get; set; }

    /// <summary>Requests holding a place within <see cref="Quota"/> (queued, approved or approved by the bureau).</summary>
    public int SeatsTaken { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
