using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ActivityImports;

/// <summary>What an import would do: rows read, problems, and the rows to add or change (unsaved entities).</summary>
internal sealed class ImportPlan
{
    public string Format { get; set; } = "";

    public int Rows { get; set; }

    public List<ImportProblem> Problems { get; } = [];

    public List<Facility> NewFacilities { get; } = [];

    public List<EmissionSource> NewSources { get; } = [];

    public List<ActivityEntry> NewEntries { get; } = [];

    /// <summary>Tracked entries with the values the file gives them.</summary>
    public List<(ActivityEntry Entry, decimal Amount, string Unit, string? DataSource, string? Note)> Changes { get; } = [];

    public int Unchanged { get; set; }

    /// <summary>New entries whose period overlaps stored entries of the same source (not the one entry of the row's key).</summary>
    public List<(ActivityEntry Entry, int Line, string Facility, List<ActivityEntry> Existing)> Overlaps { get; } = [];

    /// <summary>Stored entries the user chose to replace (deleted by the commit, each audited).</summary>
    public List<ActivityEntry> Removals { get; } = [];

    public int Skipped { get; set; }
}
