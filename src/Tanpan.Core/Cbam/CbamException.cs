namespace Tanpan.Core.Cbam;

/// <summary>Bad CBAM input (malformed or unknown CN code, negative tonnes, a precursor loop …), carrying the <see cref="CbamIssue"/> in both languages.</summary>
public sealed class CbamException : Exception
{
    public CbamException()
        : this(new CbamIssue("cbam.error", "", "CBAM 計算錯誤", "CBAM calculation error"))
    {
    }

    public CbamException(string message)
        : this(new CbamIssue("cbam.error", "", message, message))
    {
    }

    public CbamException(string message, Exception innerException)
        : base(message, innerException) => Issue = new CbamIssue("cbam.error", "", message, message);

    public CbamException(CbamIssue issue)
        : base(issue?.MessageEn) => Issue = issue ?? throw new ArgumentNullException(nameof(issue));

    public CbamIssue Issue { get; }
}
