namespace Tanpan.Documents.Pact;

/// <summary>The wire spelling of each <see cref="PactDeclaredUnit"/> (the enum of the published schemas).</summary>
public static class PactDeclaredUnits
{
    private static readonly string[] Names =
    [
        "liter", "kilogram", "cubic meter", "kilowatt hour", "megajoule", "ton kilometer", "square meter", "piece", "hour", "megabit second",
    ];

    public static string ToWire(this PactDeclaredUnit unit) => Names[(int)unit];

    /// <summary>Whether PACT v2 can carry the unit (its enum ends at square meter).</summary>
    public static bool InV2(this PactDeclaredUnit unit) => unit <= PactDeclaredUnit.SquareMeter;

    /// <summary>Reads a wire name; case and surrounding blanks are forgiven, and "litre" is read as liter.</summary>
    public static PactDeclaredUnit? FromWire(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = text.Trim().ToLowerInvariant();
        name = name == "litre" ? "liter" : name;
        var index = Array.IndexOf(Names, name);
        return index < 0 ? null : (PactDeclaredUnit)index;
    }
}
