using Tanpan.Web.Features.Programmes;

namespace Tanpan.Web.Features.ProgrammeKpis;

/// <summary>
/// The figures of one row of the programme dashboard (docs/programme-kpis.md): confirmed applications, their requests by
/// state, cases by stage, visits, training 人次, follow-ups due and returned, and the reductions the returned follow-ups
/// report. Counted once per thing: an application that asks for two services counts once in a row of its industry and
/// once in each of the two service rows.
/// </summary>
public sealed class KpiCounts
{
    /// <summary>Confirmed applications (an unconfirmed one is in no queue and is counted apart).</summary>
    public int Applications { get; set; }

    /// <summary>Confirmed requests (one per service an application asks for).</summary>
    public int Requests { get; set; }

    /// <summary>Confirmed requests by <see cref="RequestStates"/> key (never <see cref="RequestStates.Unconfirmed"/>).</summary>
    public Dictionary<string, int> ByState { get; } = RequestStates.All.Where(s => s != RequestStates.Unconfirmed).ToDictionary(s => s, _ => 0, StringComparer.Ordinal);

    /// <summary>Approved by the officer or by the bureau (核備).</summary>
    public int Approved => ByState[RequestStates.Approved] + ByState[RequestStates.BureauApproved];

    public int Cases { get; set; }

    /// <summary>Cases by stage key, in the order the stages run.</summary>
    public Dictionary<string, int> CasesByStage { get; } = new(StringComparer.Ordinal);

    public int Visits { get; set; }

    /// <summary>Valid training certificates (人次) of the programme year held by the row's applicants (matched by 統一編號).</summary>
    public int Trained { get; set; }

    public int FollowUpsDue { get; set; }

    public int FollowUpsReturned { get; set; }

    /// <summary>Reductions the returned follow-ups report, tonnes CO2e.</summary>
    public decimal ReductionTonnes { get; set; }
}
