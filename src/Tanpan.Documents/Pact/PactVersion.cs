namespace Tanpan.Documents.Pact;

/// <summary>The two PACT wire shapes Tanpan reads and writes: 2.x (written as 2.3.0) and 3.0 (written as 3.0.0).</summary>
public enum PactVersion
{
    V2 = 2,
    V3 = 3,
}
