using Tanpan.Web.Data;

namespace Tanpan.Web.Infrastructure;

/// <summary>
/// Asks a save's own rules about a form whose page could not read every field (issue 15 item 6: all messages at once):
/// the save runs in a transaction that is always rolled back, so nothing is stored whatever it answers. Only for saves
/// that write nothing but the database (no mail, no file, no transaction of their own). It does not take the SQLite
/// write turn (<see cref="SqliteWriteGate"/>), as an ordinary save does not: a save that takes it itself (the
/// programme seats) would otherwise wait for its own turn forever.
/// </summary>
internal static class RolledBackSave
{
    /// <summary>The field messages the save answers (none when it would have succeeded); the context's tracked changes are cleared.</summary>
    public static async Task<IReadOnlyList<FieldError>> MessagesAsync(AppDbContext db, Func<Task<IResult>> save, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(save);
        IResult outcome;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            outcome = await save();
            await transaction.RollbackAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        return outcome is Microsoft.AspNetCore.Http.HttpResults.ValidationProblem problem ? FieldErrors.Of(problem) : [];
    }
}
