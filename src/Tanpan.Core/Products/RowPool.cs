using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Units;

namespace Tanpan.Core.Products;

/// <summary>
/// Inventory rows going one way (to one product directly, or into a facility's shared rest), summed in one pass: CO₂e,
/// per gas, and the grade weights. Kept cheap per row (bench/footprints): gases in a short list matched by reference
/// first, kg summed per MOENV grade (1–3) and weighted once at the end.
/// </summary>
internal sealed class RowPool(Dictionary<(string?, FactorOrigin), int> grades)
{
    private readonly List<string> _species = [];
    private readonly List<decimal> _gasKg = [];
    private readonly decimal[] _byGrade = new decimal[4];
    private decimal _total;
    private string? _lastSource;
    private FactorOrigin _lastOrigin;
    private int _lastGrade;

    public List<RowResult> Rows { get; } = [];

    public Co2e Total => Co2e.FromKilograms(_total);

    public Dictionary<string, Co2e> Gases
    {
        get
        {
            var gases = new Dictionary<string, Co2e>(_species.Count, StringComparer.Ordinal);
            for (var i = 0; i < _species.Count; i++)
            {
                gases[_species[i]] = Co2e.FromKilograms(_gasKg[i]);
            }

            return gases;
        }
    }

    /// <summary>Σ grade × kg CO₂e and Σ kg CO₂e, for the emission-weighted MOENV grade.</summary>
    public (decimal Weighted, decimal Weight) Grade => (_byGrade[1] + (2 * _byGrade[2]) + (3 * _byGrade[3]), _byGrade[1] + _byGrade[2] + _byGrade[3]);

    public void Add(RowResult row)
    {
        Rows.Add(row);
        var kg = row.Total.Kilograms;
        _total += kg;
        if (row.Gases is GasEmission[] array)
        {
            foreach (var g in array)
            {
                _gasKg[IndexOf(g.Species)] += g.Co2e.Kilograms;
            }
        }
        else
        {
            foreach (var g in row.Gases)
            {
                _gasKg[IndexOf(g.Species)] += g.Co2e.Kilograms;
            }
        }

        var source = row.Row.DataSource;
        var origin = row.Factor.Origin;
        if (Rows.Count == 1 || !ReferenceEquals(source, _lastSource) || origin != _lastOrigin)
        {
            if (!grades.TryGetValue((source, origin), out var grade))
            {
                grades[(source, origin)] = grade = RowGrade.Of(row);
            }

            (_lastSource, _lastOrigin, _lastGrade) = (source, origin, grade);
        }

        _byGrade[_lastGrade] += kg;
    }

    private int IndexOf(string species)
    {
        for (var i = 0; i < _species.Count; i++)
        {
            if (ReferenceEquals(_species[i], species) || string.Equals(_species[i], species, StringComparison.Ordinal))
            {
                return i;
            }
        }

        _species.Add(species);
        _gasKg.Add(0m);
        return _species.Count - 1;
    }
}
