using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Tanpan.Web.Data;

/// <summary>
/// A compiled EF Core query, compiled once per model: EF Core refuses to run a compiled query against another model
/// than its first, and one process can hold two (the test suite runs SQLite and PostgreSQL side by side). The app
/// itself has one model, so this is one compilation and one weak-table lookup per call.
/// </summary>
/// <typeparam name="TQuery">The delegate <c>EF.CompileAsyncQuery</c> returns.</typeparam>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
