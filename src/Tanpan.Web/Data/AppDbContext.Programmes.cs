using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Data;

/// <summary>The guidance-programme sets (programmes, training, grants, cases, follow-ups; issue 20), kept apart so the context stays under 300 lines.</summary>
public sealed partial class AppDbContext
{
    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ProgrammeService> ProgrammeServices => Set<ProgrammeService>();

    public DbSet<ProgrammeApplication> ProgrammeApplications => Set<ProgrammeApplication>();

    public DbSet<ProgrammeApplicationProduct> ProgrammeApplicationProducts => Set<ProgrammeApplicationProduct>();

    public DbSet<ProgrammeRequest> ProgrammeRequests => Set<ProgrammeRequest>();

    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    public DbSet<TrainingSessionDay> TrainingSessionDays => Set<TrainingSessionDay>();

    public DbSet<TrainingRegistration> TrainingRegistrations => Set<TrainingRegistration>();

    public DbSet<TrainingAttendance> TrainingAttendances => Set<TrainingAttendance>();

    public DbSet<TrainingCertificate> TrainingCertificates => Set<TrainingCertificate>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<ProgrammeTeam> ProgrammeTeams => Set<ProgrammeTeam>();

    public DbSet<ProgrammeTeamService> ProgrammeTeamServices => Set<ProgrammeTeamService>();

    public DbSet<ProgrammeCase> ProgrammeCases => Set<ProgrammeCase>();

    public DbSet<ProgrammeCaseStage> ProgrammeCaseStages => Set<ProgrammeCaseStage>();

    public DbSet<CaseVisit> CaseVisits => Set<CaseVisit>();

    public DbSet<CaseVisitFile> CaseVisitFiles => Set<CaseVisitFile>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<FollowUpMeasure> FollowUpMeasures => Set<FollowUpMeasure>();
}
