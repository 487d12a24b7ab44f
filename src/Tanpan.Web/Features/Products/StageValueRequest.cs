namespace Tanpan.Web.Features.Products;

/// <summary>A value for a stage after the gate as typed: the stage key (distribution, use, end_of_life), kg CO2e per declared unit, its source.</summary>
public sealed record StageValueRequest(string? Stage, decimal? KgCo2ePerUnit, string? Source);
