namespace Tanpan.Documents.ActivityFiles;

/// <summary>
/// A file the readers refuse to read on: malformed (not a zip, truncated or invalid XML, a DTD), beyond a limit of the
/// format (a cell beyond XFD1048576, a record longer than the CSV limit) or beyond the import's memory budget.
/// The import answers it with 400 and both messages; nothing is saved.
/// </summary>
public sealed class ActivityFileRefusedException : Exception
{
    public ActivityFileRefusedException(string messageZh, string messageEn, Exception? inner = null)
        : base(messageEn, inner) => MessageZh = messageZh;

    public ActivityFileRefusedException()
        : this("檔案無法讀取", "the file cannot be read")
    {
    }

    public ActivityFileRefusedException(string message)
        : this(message, message)
    {
    }

    public ActivityFileRefusedException(string message, Exception innerException)
        : this(message, message, innerException)
    {
    }

    public string MessageZh { get; }

    public string MessageEn => Message;
}
