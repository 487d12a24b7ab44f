using Tanpan.Documents.Pact;

namespace Tanpan.Web.Features.Pact;

/// <summary>
/// Publishes product footprints for PACT exchange (docs/pact.md). What is published is a snapshot: the PACT v3 (and,
/// where v2 can carry it, v2) JSON written at that moment and never rewritten.
/// </summary>
public interface IPactPublisher
{
    /// <summary>
    /// Stores <paramref name="footprint"/> as a published footprint of <paramref name="organisationId"/> (which must be
    /// the current organisation) and returns its PACT id: <see cref="PactFootprint.Id"/>, or a new id when that is
    /// <see cref="Guid.Empty"/>. Footprints named in <see cref="PactFootprint.PrecedingPfIds"/> that this organisation
    /// published become Deprecated. Throws <see cref="PactFormatException"/> (message in English and zh-TW) when the
    /// footprint is not valid PACT v3, and <see cref="InvalidOperationException"/> when the id was published before.
    /// Nothing is saved on either error.
    /// </summary>
    Task<Guid> PublishAsync(Guid organisationId, PactFootprint footprint, CancellationToken cancellationToken = default);
}
