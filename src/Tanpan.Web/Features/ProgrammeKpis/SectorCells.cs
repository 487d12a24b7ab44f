namespace Tanpan.Web.Features.ProgrammeKpis;

/// <summary>
/// The sector roll-up's arithmetic (docs/programme-kpis.md, "Sector roll-up"), pure: from each consenting organisation's
/// industry code and locked years (emissions from the year's published snapshot, revenue as entered on the inventory) to
/// cells of industry × year with the number of organisations, and the intensity against a base year.
/// <para>
/// <b>Minimum cell size.</b> A cell built from fewer than <see cref="MinimumOrganisations"/> organisations is hidden: its
/// emissions, intensity and change are not given and its count shows only as "fewer than 3". With one organisation the
/// cell is that company's own figure; with two, either company can subtract its own figure and learn the other's. Totals
/// add only the cells shown, so a hidden cell cannot be got back by subtracting the shown ones from a total.
/// </para>
/// <para>
/// <b>Intensity</b> is tCO2e per NT$ million of revenue (the inventory's <c>RevenueNtd</c>), the one measure of output
/// that adds across companies of one industry (physical units differ). The change against the base year is like for
/// like: over the organisations of the industry with both years locked and a revenue in both, Σ emissions ÷ Σ revenue
/// in the year against the same in the base year; that group too must have at least <see cref="MinimumOrganisations"/>.
/// </para>
/// </summary>
public static class SectorCells
{
    public const int MinimumOrganisations = 3;

    /// <summary>The industry key of an organisation whose profile has no 產業別.</summary>
    public const string NoIndustry = "none";

    /// <summary>One locked year of one organisation: emissions (t CO2e, from the snapshot) and revenue (NT$), if entered.</summary>
    public sealed record OrganisationYear(int Year, decimal Tonnes, decimal? RevenueNtd);

    /// <summary>One consenting organisation: its industry code (or null) and its locked years.</summary>
    public sealed record Organisation(Guid Id, string? IndustryCode, IReadOnlyList<OrganisationYear> Years);

    /// <summary>
    /// One cell. <see cref="Organisations"/> is always the true count (used to decide), but a hidden cell's figures are null and
    /// the pages print its count as "fewer than 3". <see cref="IntensityChange"/> is a fraction (−0.12 = 12 % lower than the base year).
    /// </summary>
    public sealed record Cell(string Industry, int Year, int Organisations, bool Hidden, decimal? Tonnes, decimal? Intensity, int Matched, decimal? IntensityChange);

    public sealed record Result(IReadOnlyList<Cell> Cells, IReadOnlyList<int> Years, int? BaseYear, int Organisations);

    public static Result Compute(IReadOnlyList<Organisation> organisations, int? baseYear)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var rows = organisations.SelectMany(o => o.Years.Select(y => (Org: o, Industry: o.IndustryCode ?? NoIndustry, y.Year, y.Tonnes, y.RevenueNtd))).ToList();
        var years = rows.Select(r => r.Year).Distinct().Order().ToList();
        var chosenBase = baseYear is { } b && years.Contains(b) ? b : years.Count > 0 ? years[0] : (int?)null;
        var cells = new List<Cell>();
        foreach (var group in rows.GroupBy(r => (r.Industry, r.Year)).OrderBy(g => g.Key.Industry, StringComparer.Ordinal).ThenBy(g => g.Key.Year))
        {
            var count = group.Select(r => r.Org.Id).Distinct().Count();
            if (count < MinimumOrganisations)
            {
                cells.Add(new Cell(group.Key.Industry, group.Key.Year, count, true, null, null, 0, null));
                continue;
            }

            var tonnes = group.Sum(r => r.Tonnes);
            var withRevenue = group.Where(r => r.RevenueNtd > 0).ToList();
            decimal? intensity = withRevenue.Count >= MinimumOrganisations ? withRevenue.Sum(r => r.Tonnes) / (withRevenue.Sum(r => r.RevenueNtd!.Value) / 1_000_000m) : null;
            var (matched, change) = chosenBase is { } by ? Change(group.Select(r => r.Org).Distinct(), group.Key.Year, by) : (0, null);
            cells.Add(new Cell(group.Key.Industry, group.Key.Year, count, false, tonnes, intensity, matched, change));
        }

        return new Result(cells, years, chosenBase, organisations.Count);
    }

    /// <summary>Like-for-like: the organisations of the cell with a revenue in both the year and the base year.</summary>
    private static (int Matched, decimal? Change) Change(IEnumerable<Organisation> organisations, int year, int baseYear)
    {
        var pairs = organisations
            .Select(o => (Now: o.Years.FirstOrDefault(y => y.Year == year), Then: o.Years.FirstOrDefault(y => y.Year == baseYear)))
            .Where(p => p.Now is { RevenueNtd: > 0 } && p.Then is { RevenueNtd: > 0 })
            .ToList();
        if (pairs.Count < MinimumOrganisations)
        {
            return (pairs.Count, null);
        }

        var now = pairs.Sum(p => p.Now!.Tonnes) / pairs.Sum(p => p.Now!.RevenueNtd!.Value);
        var then = pairs.Sum(p => p.Then!.Tonnes) / pairs.Sum(p => p.Then!.RevenueNtd!.Value);
        return (pairs.Count, then == 0 ? null : (now / then) - 1);
    }
}
