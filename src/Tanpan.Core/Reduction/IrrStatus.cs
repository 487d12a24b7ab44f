namespace Tanpan.Core.Reduction;

/// <summary>How many internal rates of return the flows have between −99 % and 1,000 % a year.</summary>
public enum IrrStatus
{
    /// <summary>No rate makes NPV zero (e.g. the flows never change sign, or never pay back).</summary>
    None,

    /// <summary>Exactly one rate.</summary>
    One,

    /// <summary>More than one rate (possible when the flows change sign more than once); IRR is then not a usable yardstick.</summary>
    Several,
}
