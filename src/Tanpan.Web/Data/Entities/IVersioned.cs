namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A row people edit, with a version that detects lost updates (docs/decisions/0010-optimistic-concurrency.md):
/// <see cref="RowVersion"/> starts at 1, <see cref="AppDbContext"/> adds one on every save that changes a value a
/// person sees, and it is an EF concurrency token, so a write based on an older version updates nothing.
/// The API shows it as the ETag; page forms carry it in a hidden field.
/// </summary>
public interface IVersioned
{
    Guid Id { get; }

    /// <summary>1 for a new row; one more for each saved change of an audited value.</summary>
    int RowVersion { get; set; }
}
