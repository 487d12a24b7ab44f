namespace Tanpan.Web.Features.Pact;

/// <summary>An answering event waiting to be sent to a client's events URL; <see cref="Attempt"/> counts from 0.</summary>
internal sealed record PactCallback(Guid OrganisationId, Guid ClientRowId, Guid EventRowId, int Version, string Body, bool Fulfils, int Attempt = 0);
