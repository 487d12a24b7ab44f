namespace Tanpan.Core.Inventory;

/// <summary>
/// One data row of an activity file as text, before validation: the line number as in the file
/// (the header is line 1) and the cell of each known column (null when the file has no such column).
/// </summary>
public sealed class RawActivityRecord
{
    private readonly string?[] _cells;

    public RawActivityRecord(int line, string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != ColumnCount)
        {
            throw new ArgumentException($"Expected {ColumnCount} cells, one per {nameof(ActivityColumn)}.", nameof(cells));
        }

        Line = line;
        _cells = cells;
    }

    /// <summary>Number of <see cref="ActivityColumn"/> values; the length of a cell array.</summary>
    public static int ColumnCount { get; } = Enum.GetValues<ActivityColumn>().Length;

    public int Line { get; }

    /// <summary>A problem the file reader found in this row (e.g. broken quoting), reported as the row's issue.</summary>
    public ActivityIssue? Problem { get; private init; }

    /// <summary>A row the file reader could not read properly; it becomes an issue, never data.</summary>
    public static RawActivityRecord Broken(int line, string messageZh, string messageEn) =>
        new(line, new string?[ColumnCount]) { Problem = new ActivityIssue(line, "file", messageZh, messageEn) };

    public string? this[ActivityColumn column] => _cells[(int)column];
}
