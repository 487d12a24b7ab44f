namespace Tanpan.Bench.InventoryRollup.Postgres;

/// <summary>The .sql files next to this class, embedded so the harness runs from its build output.</summary>
internal static class SqlScripts
{
    public static string Load(string name)
    {
        using var stream = typeof(SqlScripts).Assembly.GetManifestResourceStream("sql/" + name)
            ?? throw new InvalidOperationException($"sql/{name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
