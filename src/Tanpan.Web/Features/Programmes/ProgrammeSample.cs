using System.Globalization;
using System.Text.Json;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// The sample programme shipped in data/programmes (seed 004's 2023 call), read from the embedded JSON into new,
/// unsaved rows for one agency organisation.
/// </summary>
public static class ProgrammeSample
{
    public const string Resource = "programmes/moeaidb-2023-sme-low-carbon.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static (Programme Programme, List<ProgrammeService> Services) Create(DateTimeOffset now)
    {
        using var stream = typeof(ProgrammeSample).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The sample {Resource} is not embedded.");
        var data = JsonSerializer.Deserialize<SampleProgramme>(stream, Json) ?? throw new InvalidOperationException($"{Resource} is empty.");
        var programme = new Programme
        {
            Id = Guid.CreateVersion7(now), Year = data.Year, TitleZh = data.TitleZh, TitleEn = data.TitleEn, Source = data.Source,
            AcceptsApplications = false, CreatedAt = now,
        };
        var services = data.Services.Select((s, i) => new ProgrammeService
        {
            Id = Guid.CreateVersion7(now), ProgrammeId = programme.Id, Key = s.Key, Position = i + 1, FormGroup = s.FormGroup,
            NameZh = s.NameZh, NameEn = s.NameEn, Quota = s.Quota, CoPaymentNtd = s.CoPaymentNtd, CoPaymentNoteZh = s.CoPaymentNoteZh,
            CoPaymentNoteEn = s.CoPaymentNoteEn, DeliveredBy = s.DeliveredBy,
            OpensOn = DateOnly.ParseExact(s.OpensOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ClosesOn = s.ClosesOn is null ? null : DateOnly.ParseExact(s.ClosesOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            BySelection = s.BySelection, HasStages = s.HasStages, RequiresFootprintForms = s.RequiresFootprintForms,
            EligibilityRules = s.EligibilityRules, PriorityRule = s.PriorityRule,
        }).ToList();
        return (programme, services);
    }

    private sealed record SampleProgramme(string Source, int Year, string TitleZh, string TitleEn, List<SampleService> Services);

    private sealed record SampleService(
        string Key, int FormGroup, string NameZh, string NameEn, int Quota, decimal CoPaymentNtd, string? CoPaymentNoteZh, string? CoPaymentNoteEn,
        string DeliveredBy, string OpensOn, string? ClosesOn, bool BySelection, bool HasStages, bool RequiresFootprintForms,
        string EligibilityRules, string PriorityRule);
}
