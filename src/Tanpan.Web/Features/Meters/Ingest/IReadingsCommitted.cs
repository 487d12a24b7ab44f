namespace Tanpan.Web.Features.Meters.Ingest;

/// <summary>
/// Told by the ingest, after a batch is committed, which meters it touched (the anomaly detection registers itself
/// here, so the ingest does not name the features that follow its data). Must not wait; false when the listener
/// dropped some of the request (it is asked again on the meter's next batch).
/// </summary>
public interface IReadingsCommitted
{
    bool Request(Guid organisationId, IEnumerable<Guid> meterIds);
}
