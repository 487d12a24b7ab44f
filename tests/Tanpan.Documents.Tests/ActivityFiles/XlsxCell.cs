namespace Tanpan.Documents.Tests.ActivityFiles;

/// <summary>How a test cell is stored in the sheet XML: shared string, inline string, rich shared string or number.</summary>
internal abstract record XlsxCell
{
    public static XlsxCell Shared(string text) => new SharedText([text]);

    /// <summary>A shared string made of formatted runs, as Excel stores text with mixed formatting.</summary>
    public static XlsxCell RichShared(params string[] runs) => new SharedText(runs);

    public static XlsxCell Inline(string text) => new InlineText(text);

    /// <summary>A numeric cell holding <paramref name="raw"/> exactly as written in <c>&lt;v&gt;</c>.</summary>
    public static XlsxCell Number(string raw) => new NumberValue(raw);

    public sealed record SharedText(IReadOnlyList<string> Runs) : XlsxCell;

    public sealed record InlineText(string Text) : XlsxCell;

    public sealed record NumberValue(string Raw) : XlsxCell;
}
