namespace Tanpan.Documents.Pact;

/// <summary>PACT ProductFootprint.status: the latest version is Active, older ones Deprecated.</summary>
public enum PactStatus
{
    Active,
    Deprecated,
}
