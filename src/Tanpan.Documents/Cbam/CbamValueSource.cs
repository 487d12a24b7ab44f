namespace Tanpan.Documents.Cbam;

/// <summary>The template's CONST_MeasDefaultUnknown: "Measured", "Default", "Unknown".</summary>
public enum CbamValueSource
{
    /// <summary>"Measured": the producing installation's own value.</summary>
    Measured,

    /// <summary>"Default": a default value published by the Commission.</summary>
    Default,

    /// <summary>"Unknown".</summary>
    Unknown,
}
