namespace Tanpan.Web.Features.Pact;

/// <summary>
/// URNs for Tanpan's own ids in PACT documents: RFC 4122's registered <c>uuid</c> namespace (RFC 8141 URN), which
/// every PACT receiver accepts (the schemas require only the <c>urn:</c> prefix).
/// </summary>
public static class PactIds
{
    /// <summary>The organisation as a company id, <c>urn:uuid:…</c>.</summary>
    public static string Company(Guid organisationId) => $"urn:uuid:{organisationId:D}";

    /// <summary>A product as a product id, <c>urn:uuid:…</c>.</summary>
    public static string Product(Guid productId) => $"urn:uuid:{productId:D}";
}
