using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using Tanpan.Core.Text;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Infrastructure;

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
    private readonly ILookup<Guid, ActivityEntry> _bySource;
    private readonly Dictionary<SourceKey, List<(ActivityPeriod Period, int Line)>> _filePeriods = [];
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

        var list = entries as IReadOnlyCollection<ActivityEntry> ?? [.. entries];
        _entries = list.GroupBy(e => (e.EmissionSourceId, e.Year, e.Month)).ToDictionary(g => g.Key, g => g.ToList());
        _bySource = list.ToLookup(e => e.EmissionSourceId);
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
        if (_reader.Read(raw, _issues) is not { } read)
        {
            return;
        }

        // A bill crossing 31 December is split by days (BillSplit); only the share inside this inventory's period is
        // imported — the other share belongs to the other year's inventory (import the same bill there). A bill with no
        // share inside is refused as any row outside the period is.
        var parts = BillSplit.Expand(read);
        var inside = parts.Count > 1 ? parts.Where(p => Inside(p.Year, p.Month)).ToList() : [.. parts];
        foreach (var row in inside.Count > 0 ? inside : [parts[^1]])
        {
            AddRow(row);
        }
    }

    private void AddRow(ActivityRow row)
    {
        var before = _issues.Count;
        if (_calculator.PlanFor(row, _issues) is var planId && planId < 0)
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

        else
        {
            // A yearly row and a month of the same year, for one source, in one file: the file counts that month twice.
            var period = ActivityPeriod.Of(row.Year, row.Month);
            var rows = _filePeriods.TryGetValue(key, out var known) ? known : _filePeriods[key] = [];
            if (rows.FirstOrDefault(r => r.Period.Overlaps(period)) is { Line: > 0 } other)
            {
                Fail(row.Line, "month", $"期間與第 {other.Line} 行（同一排放源）重疊，會重複計算", $"the period overlaps line {other.Line} of the same source, so it would be counted twice");
            }

            rows.Add((period, row.Line));
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
            var entry = new ActivityEntry
            {
                Id = Guid.CreateVersion7(), InventoryYearId = _year.Id, EmissionSourceId = source.Id, Year = row.Year, Month = row.Month,
                Amount = row.Amount, Unit = row.UnitText, DataSourceMethod = row.DataSource, Note = note,
            };
            _plan.NewEntries.Add(entry);

            // The same rule as hand entry (Core's PeriodOverlaps); a meter's month is warned about by the meter check instead.
            var overlapped = PeriodOverlaps.Find(
                _bySource[source.Id].Where(e => !EntryOverlapCheck.IsMeterMonth(e)).Select(e => (e, ActivityPeriod.Of(e.Year, e.Month))),
                ActivityPeriod.Of(row.Year, row.Month));
            if (overlapped.Count > 0)
            {
                _plan.Overlaps.Add((entry, row.Line, row.Facility, [.. overlapped]));
            }
        }
    }

    /// <summary>The import's own rules, besides the CLI's: the inventory's period and what the database can keep.</summary>
    private void Check(ActivityRow row, string? process)
    {
        if (!Inside(row.Year, row.Month))
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

    /// <summary>True when the month (or the year, for a yearly row) overlaps the inventory's period.</summary>
    private bool Inside(int year, int? month)
    {
        var first = new DateOnly(year, month ?? 1, 1);
        var last = month is null ? new DateOnly(year, 12, 31) : first.AddMonths(1).AddDays(-1);
        return last >= _year.PeriodStart && first <= _year.PeriodEnd;
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
