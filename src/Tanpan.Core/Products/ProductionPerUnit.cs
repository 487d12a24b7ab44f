using Tanpan.Core.Units;

namespace Tanpan.Core.Products;

/// <summary>A product's allocated production emissions divided by its good output: per declared unit, in total and per gas.</summary>
internal sealed record ProductionPerUnit(
    Product Product, decimal Output, Co2e PerUnit, Dictionary<string, Co2e> Gases, decimal? Grade, IReadOnlyList<Allocation> Allocations);
