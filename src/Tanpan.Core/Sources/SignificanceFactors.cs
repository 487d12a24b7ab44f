namespace Tanpan.Core.Sources;

/// <summary>Which of R, C and P were derived by <see cref="SignificanceRule.Assess"/> rather than scored by the organisation.</summary>
[Flags]
public enum SignificanceFactors
{
    None = 0,
    R = 1,
    C = 2,
    P = 4,
    All = R | C | P,
}
