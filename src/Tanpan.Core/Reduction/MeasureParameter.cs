namespace Tanpan.Core.Reduction;

/// <summary>One input of a measure: its key (as typed after <c>--</c>), unit, meaning in both languages, and whether it must be given.</summary>
public sealed record MeasureParameter(string Key, string Unit, string DescriptionZh, string DescriptionEn, bool Required = true);
