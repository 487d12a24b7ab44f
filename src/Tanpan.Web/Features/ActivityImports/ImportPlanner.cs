using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using Tanpan.Core.Text;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ActivityData;
using Tanpan.Web.Features.Inventories;

namespace Tanpan.Web.Features.ActivityImports;

/// <summary>
/// Turns an activity file into an <see cref="ImportPlan"/> against an inventory's current sources and entries. Every row
/// goes through the CLI's checks (<see cref="ActivityRowReader"/>, then the factor and unit plan of
/// <see cref="InventoryCalculator"/> with the inventory's pinned sets) and the import's own: the period, the lengths the
/// database keeps, one row per key, and a source's equipment type. An entry's key is (facility, source type, material,
/// process, equipment, year, month); the process is the <c>process</c> column, else the <c>source</c> column.
/// </summary>
internal sealed class ImportPlanner
{
    private readonly InventoryYear _year;
    private readonly ActivityRowReader _reader;
    private readonly InventoryCalculator _calculator;
    private readonly Dictionary<string, Facility> _facilities;
    private readonly Dictionary<SourceKey, (EmissionSource Source, int Line)> _sources = [];
    private readonly Dictionary<(Guid, int, int?), List<ActivityEntry>> _entries;
    private readonly Dictionary<(SourceKey, int, int?), int> _seen = [];
    /// <summary>Problems listed per import; more are counted, not kept.</summary>
    public const int MaxProblems = 1000;

    private readonly List<ActivityIssue> _issues = [];
    private readonly ImportPlan _plan = new();
    private int _more;

    private ImportPlanner(
        InventoryYear year, IEnumerable<Facility> facilities, IEnumerable<EmissionSource> sources, IEnumerable<ActivityEntry> entries, FactorLibrary library)
    {
        _year = year;
        _reader = new ActivityRowReader(library.Materials);
        _calculator = new InventoryCalculator(library, new InventoryOptions(year.FactorSetId, year.GwpSetId) { KeepRows = false });
        _facilities = facilities.ToDictionary(f => TextKey.Normalize(f.Name), StringComparer.Ordinal);
        var names = _facilities.Values.ToDictionary(f => f.Id, f => TextKey.Normalize(f.Name));
        foreach (var s in sources)
        {
            _sources.TryAdd(new SourceKey(names.GetValueOrDefault(s.FacilityId, ""), s.SourceType, s.MaterialKey, s.Process, s.Equipment), (s, 0));
        }

        _entries = entries.GroupBy(e => (e.EmissionSourceId, e.Year, e.Month)).ToDictionary(g => g.Key, g => g.ToList());
    }

    public static ImportPlan Plan(
        ActivityFile file, InventoryYear year, IEnumerable<Facility> facilities, IEnumerable<EmissionSource> sources,
        IEnumerable<ActivityEntry> entries, FactorLibrary library)
    {
        var planner = new ImportPlanner(year, facilities, sources, entries, library);
        var plan = planner._plan;
        plan.Format = file.Format;
        planner._issues.AddRange(file.FileIssues);
        if (file.FileIssues.Count == 0)
        {
            var more = 0;
            foreach (var raw in file.Records)
            {
                plan.Rows++;
                planner.Add(raw);

                // A file of two million bad rows must not hold two million problems: the first ones are enough to fix it.
                if (planner._issues.Count > MaxProblems)
                {
                    more += planner._issues.Count - MaxProblems;
                    planner._issues.RemoveRange(MaxProblems, planner._issues.Count - MaxProblems);
                }
            }

            planner._more = more;

            if (plan.Rows == 0)
            {
                planner._issues.Add(new ActivityIssue(1, "file", "檔案沒有資料列", "the file has no data rows"));
            }
        }

        plan.Problems.AddRange(planner._issues.OrderBy(i => i.Line).Select(i => new ImportProblem(file.Sheet, i.Line, i.Column, i.MessageZh, i.MessageEn)));
        if (planner._more > 0)
        {
            plan.Problems.Add(new ImportProblem(file.Sheet, 0, "file", $"另有 {planner._more:N0} 個問題未列出", $"{planner._more:N0} more problems not listed"));
        }

        return plan;
    }

    private void Add(RawActivityRecord raw)
    {
        var before = _issues.Count;
        if (_reader.Read(raw, _issues) is not { } row || _calculator.PlanFor(row, _issues) is var planId && planId < 0)
        {
            return;
        }

        var process = row.Process ?? row.Source;
        Check(row, process);
        var key = new SourceKey(TextKey.Normalize(row.Facility), row.SourceType, row.Material.Key, process, row.Equipment);
        if (!_seen.TryAdd((key, row.Year, row.Month), row.Line))
        {
            Fail(row.Line, "month", $"與第 {_seen[(key, row.Year, row.Month)]} 行是同一排放源的同一期間（廠區、排放型式、原燃物料、製程、設備、年度、月份皆同）",
                $"same source and period as line {_seen[(key, row.Year, row.Month)]} (facility, source type, material, process, equipment, year and month)");
        }

        var source = SourceFor(key, row, process, planId);
        if (_issues.Count > before || source is null)
        {
            return;
        }

        var note = row.Evidence;
        var matches = _entries.GetValueOrDefault((source.Id, row.Year, row.Month)) ?? [];
        if (matches.Count > 1)
        {
            Fail(row.Line, "month", $"此排放源的這個期間已有 {matches.Count} 筆活動數據（逐張單據輸入），匯入無法判斷要改哪一筆；請在排放源頁面處理",
                $"this source already has {matches.Count} entries for this period (entered per bill); the import cannot tell which to change — edit them on the source page");
        }
        else if (matches.Count == 1)
        {
            var e = matches[0];
            if (e.Amount == row.Amount && e.Unit == row.UnitText && (row.DataSource is null || row.DataSource == e.DataSourceMethod) && (note is null || note == e.Note))
            {
                _plan.Unchanged++;
            }
            else
            {
                _plan.Changes.Add((e, row.Amount, row.UnitText, row.DataSource ?? e.DataSourceMethod, note ?? e.Note));
            }
        }
        else
        {
            _plan.NewEntries.Add(new ActivityEntry
            {
                Id = Guid.CreateVersion7(), InventoryYearId = _year.Id, EmissionSourceId = source.Id, Year = row.Year, Month = row.Month,
                Amount = row.Amount, Unit = row.UnitText, DataSourceMethod = row.DataSource, Note = note,
            });
        }
    }

    /// <summary>The import's own rules, besides the CLI's: the inventory's period and what the database can keep.</summary>
    private void Check(ActivityRow row, string? process)
    {
        var first = new DateOnly(row.Year, row.Month ?? 1, 1);
        var last = row.Month is null ? new DateOnly(row.Year, 12, 31) : first.AddMonths(1).AddDays(-1);
        if (last < _year.PeriodStart || first > _year.PeriodEnd)
        {
            var period = $"{_year.PeriodStart:yyyy-MM-dd}–{_year.PeriodEnd:yyyy-MM-dd}";
            Fail(row.Line, row.Month is null ? "year" : "month", $"期間不在本盤查年度的範圍（{period}）內", $"the period is outside the inventory's period ({period})");
        }

        foreach (var (column, value, max) in new[]
        {
            ("facility", row.Facility, 200), ("process", process, 200), ("equipment", row.Equipment, 200), ("equipment_type", row.EquipmentType, 100),
            ("unit", row.UnitText, 20), ("data_source", row.DataSource, 100), ("evidence", row.Evidence, 1000),
        })
        {
            if (value is not null && value.Length > max)
            {
                Fail(row.Line, column, $"最多 {max} 字", $"at most {max} characters");
            }
        }
    }

    /// <summary>The existing or planned source of the key; a source's equipment type must be the same on every row.</summary>
    private EmissionSource? SourceFor(SourceKey key, ActivityRow row, string? process, int planId)
    {
        if (_sources.TryGetValue(key, out var known))
        {
            if (!string.Equals(known.Source.EquipmentType, row.EquipmentType, StringComparison.Ordinal))
            {
                var where = known.Line == 0 ? "排放源登錄的" : $"第 {known.Line} 行的";
                var whereEn = known.Line == 0 ? "the registered source's" : $"line {known.Line}'s";
                Fail(row.Line, "equipment_type", $"設備類型「{row.EquipmentType}」與{where}「{known.Source.EquipmentType}」不同",
                    $"equipment type '{row.EquipmentType}' differs from {whereEn} '{known.Source.EquipmentType}'");
                return null;
            }

            return known.Source;
        }

        if (!_facilities.TryGetValue(key.Facility, out var facility))
        {
            facility = new Facility { Id = Guid.CreateVersion7(), Name = row.Facility };
            _facilities[key.Facility] = facility;
            _plan.NewFacilities.Add(facility);
        }

        var source = new EmissionSource
        {
            Id = Guid.CreateVersion7(), InventoryYearId = _year.Id, FacilityId = facility.Id, Process = process, Equipment = row.Equipment,
            EquipmentType = row.EquipmentType, SourceType = row.SourceType, MaterialKey = row.Material.Key,
            Category = SourceTypes.Category(row.SourceType), Gases = InventoriesApi.GasesOf(_calculator.Plans[planId].Factor!),
        };
        _sources[key] = (source, row.Line);
        _plan.NewSources.Add(source);
        return source;
    }

    private void Fail(int line, string column, string zh, string en) => _issues.Add(new ActivityIssue(line, column, zh, en));

    private readonly record struct SourceKey(string Facility, SourceType Type, string Material, string? Process, string? Equipment);
}
