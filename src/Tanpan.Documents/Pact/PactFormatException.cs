namespace Tanpan.Documents.Pact;

/// <summary>
/// A PACT footprint that cannot be read or written: <see cref="Path"/> names the JSON property
/// (e.g. <c>pcf.declaredUnitAmount</c>), <see cref="Exception.Message"/> says what is wrong in English and
/// <see cref="MessageZh"/> in Traditional Chinese.
/// </summary>
public sealed class PactFormatException : Exception
{
    public PactFormatException()
        : this("", "PACT 足跡格式錯誤", "invalid PACT footprint")
    {
    }

    public PactFormatException(string message)
        : this("", message, message)
    {
    }

    public PactFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "";
        MessageZh = message;
    }

    public PactFormatException(string path, string messageZh, string message)
        : base(path.Length == 0 ? message : $"{path}: {message}")
    {
        Path = path;
        MessageZh = path.Length == 0 ? messageZh : $"{path}：{messageZh}";
    }

    public string Path { get; }

    public string MessageZh { get; }
}
