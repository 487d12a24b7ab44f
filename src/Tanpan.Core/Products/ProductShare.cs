using Tanpan.Core.Units;

namespace Tanpan.Core.Products;

/// <summary>What the facilities gave one product over the period, summed while allocating.</summary>
internal sealed class ProductShare
{
    public List<Allocation> Allocations { get; } = [];

    public Dictionary<string, Co2e> Gases { get; } = new(StringComparer.Ordinal);

    public Co2e Total { get; private set; }

    public decimal GradeWeighted { get; private set; }

    public decimal GradeWeight { get; private set; }

    public void Add(Allocation allocation, Dictionary<string, Co2e> gases, (decimal Weighted, decimal Weight) grade)
    {
        Allocations.Add(allocation);
        Total += allocation.Allocated;
        foreach (var (species, value) in gases)
        {
            Gases[species] = Gases.GetValueOrDefault(species) + value;
        }

        GradeWeighted += grade.Weighted;
        GradeWeight += grade.Weight;
    }
}
