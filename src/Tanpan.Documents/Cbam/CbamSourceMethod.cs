namespace Tanpan.Documents.Cbam;

/// <summary>The template's monitoring approaches for a source stream (Parameters_Constants CONST_MonitoringApproach).</summary>
public enum CbamSourceMethod
{
    /// <summary>"Combustion": emissions = AD × NCV × EF.</summary>
    Combustion,

    /// <summary>"Process emissions": emissions = AD × EF.</summary>
    ProcessEmissions,
}
