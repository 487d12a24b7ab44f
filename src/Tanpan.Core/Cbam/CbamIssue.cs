namespace Tanpan.Core.Cbam;

/// <summary>
/// Why a CBAM figure cannot be given: a stable message <see cref="Key"/> (e.g. <c>cbam.cn.unknown</c>) for resource
/// lookups, the <see cref="Subject"/> it is about (a CN code, a process id), and the message in Traditional Chinese and English.
/// </summary>
public sealed record CbamIssue(string Key, string Subject, string MessageZh, string MessageEn)
{
    public override string ToString() => $"{Key} [{Subject}] {MessageZh} / {MessageEn}";
}
