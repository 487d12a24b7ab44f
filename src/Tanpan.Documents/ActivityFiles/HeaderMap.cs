using Tanpan.Core.Inventory;

namespace Tanpan.Documents.ActivityFiles;

/// <summary>Maps a file's header cells to <see cref="ActivityColumn"/>s and reports duplicate or missing columns.</summary>
internal sealed class HeaderMap
{
    private HeaderMap(int[] sourceIndexOf) => SourceIndexOf = sourceIndexOf;

    /// <summary>For each <see cref="ActivityColumn"/>, the index of the file column holding it, or -1.</summary>
    public int[] SourceIndexOf { get; }

    public static HeaderMap Build(IReadOnlyList<string?> headers, int line, List<ActivityIssue> issues)
    {
        var index = Enumerable.Repeat(-1, RawActivityRecord.ColumnCount).ToArray();
        for (var i = 0; i < headers.Count; i++)
        {
            if (ActivityColumns.Find(headers[i]) is not { } column)
            {
                continue;
            }

            if (index[(int)column] >= 0)
            {
                issues.Add(new ActivityIssue(line, ActivityColumns.Key(column),
                    $"欄位「{ActivityColumns.NameZh(column)}」重複（第 {index[(int)column] + 1} 與第 {i + 1} 欄）",
                    $"column {ActivityColumns.Key(column)} appears twice (columns {index[(int)column] + 1} and {i + 1})"));
                continue;
            }

            index[(int)column] = i;
        }

        foreach (var column in ActivityColumns.Required.Where(c => index[(int)c] < 0))
        {
            issues.Add(new ActivityIssue(line, ActivityColumns.Key(column),
                $"缺少必要欄位「{ActivityColumns.NameZh(column)}」({ActivityColumns.Key(column)})",
                $"missing required column {ActivityColumns.Key(column)} ({ActivityColumns.NameZh(column)})"));
        }

        return new HeaderMap(index);
    }

    /// <summary>Picks the known columns out of one file row.</summary>
    public string?[] Cells(Func<int, string?> cellAt)
    {
        var cells = new string?[SourceIndexOf.Length];
        for (var c = 0; c < cells.Length; c++)
        {
            var source = SourceIndexOf[c];
            cells[c] = source >= 0 ? cellAt(source) : null;
        }

        return cells;
    }
}
