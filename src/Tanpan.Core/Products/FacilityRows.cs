using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Text;

namespace Tanpan.Core.Products;

/// <summary>
/// One facility's production rows of the year, sorted as they are read (one pass over the inventory): rows of a process
/// or source assigned to a product into that product's <see cref="RowPool"/>, the others into <see cref="Rest"/>.
/// A row goes by its 製程 (process) first, else its 排放源 (source); names compare as <see cref="TextKey"/>.
/// </summary>
internal sealed class FacilityRows(string name, string key, Dictionary<(string, string), string> assigned, Dictionary<(string?, FactorOrigin), int> grades)
{
    private readonly Dictionary<(string?, string?), RowPool> _targets = [];
    private decimal _total;
    private RowPool? _last;
    private string? _lastProcess;
    private string? _lastSource;

    public string Name => name;

    public string Key => key;

    /// <summary>The facility's production total, kg CO₂e (Σ of its rows in inventory order).</summary>
    public decimal Total => _total;

    public Dictionary<string, RowPool> Direct { get; } = new(StringComparer.Ordinal);

    public RowPool Rest { get; } = new(grades);

    public void Add(RowResult row)
    {
        _total += row.Total.Kilograms;
        var (process, source) = (row.Row.Process, row.Row.Source);

        // Readers pool their strings, so rows of one source usually share the instance: skip the lookup then.
        if (_last is null || !ReferenceEquals(process, _lastProcess) || !ReferenceEquals(source, _lastSource))
        {
            if (!_targets.TryGetValue((process, source), out _last))
            {
                _targets[(process, source)] = _last = Target(row.Row);
            }

            (_lastProcess, _lastSource) = (process, source);
        }

        _last.Add(row);
    }

    private RowPool Target(ActivityRow row)
    {
        var code = Assigned(row.Process) ?? Assigned(row.Source);
        return code is null ? Rest : Direct.TryGetValue(code, out var pool) ? pool : Direct[code] = new RowPool(grades);
    }

    private string? Assigned(string? processOrSource) =>
        processOrSource is not null && assigned.TryGetValue((key, TextKey.Normalize(processOrSource)), out var code) ? code : null;
}
