using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.FollowUps;

/// <summary>One follow-up with what its pages and mails name: the agency, programme, service and client, and the reported measures.</summary>
public sealed record FollowUpView(
    FollowUp FollowUp, IReadOnlyList<FollowUpMeasure> Measures, string State, string AgencyName, int ProgrammeYear, string ProgrammeZh, string ProgrammeEn,
    string ServiceZh, string ServiceEn, string ClientName, int? ApplicationNumber, DateOnly? ClosedOn);
