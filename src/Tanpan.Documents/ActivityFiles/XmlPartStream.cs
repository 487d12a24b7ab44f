namespace Tanpan.Documents.ActivityFiles;

/// <summary>
/// A workbook part's XML as it is decompressed, checked before the XML reader sees it: no stretch of more than
/// <see cref="MaxRunBytes"/> bytes without a <c>&lt;</c> (so no text, tag or attribute the reader would have to hold
/// whole is larger than that), and no <c>&lt;!</c> — a DTD, comment or CDATA section, which spreadsheet programs do not
/// write into SpreadsheetML parts and which could otherwise hold an unbounded token. Also bounds the characters the
/// part may decompress to (<paramref name="maxBytes"/>).
/// </summary>
internal sealed class XmlPartStream(Stream inner, string partName, long maxBytes) : Stream
{
    /// <summary>1 MiB: a cell's text is at most 32,767 characters (Excel's limit), under 200 kB even escaped.</summary>
    public const int MaxRunBytes = 1 << 20;

    private long _run;
    private long _total;
    private bool _afterLessThan;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _total; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = inner.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw Refused("壓縮資料損毀", "its compressed data is corrupt", e);
        }

        Check(buffer[..n]);
        return n;
    }

    private void Check(ReadOnlySpan<byte> bytes)
    {
        _total += bytes.Length;
        if (_total > maxBytes)
        {
            throw Refused($"解壓後超過 {maxBytes / (1 << 20)} MB", $"it expands beyond {maxBytes / (1 << 20)} MB");
        }

        while (!bytes.IsEmpty)
        {
            if (_afterLessThan)
            {
                if (bytes[0] == (byte)'!')
                {
                    throw Refused("含有 DTD、註解或 CDATA（<!…），試算表程式不會寫入",
                        "it holds a DTD, comment or CDATA section (<!…), which spreadsheet programs do not write");
                }

                _afterLessThan = false;
            }

            var at = bytes.IndexOf((byte)'<');
            if (at < 0)
            {
                _run += bytes.Length;
                break;
            }

            if (_run + at > MaxRunBytes)
            {
                _run += at;
                break;
            }

            _run = 0;
            _afterLessThan = true;
            bytes = bytes[(at + 1)..];
        }

        if (_run > MaxRunBytes)
        {
            throw Refused($"有超過 {MaxRunBytes / (1 << 20)} MB 的單一文字或標記", $"it holds a single text or tag longer than {MaxRunBytes / (1 << 20)} MB");
        }
    }

    private ActivityFileRefusedException Refused(string zh, string en, Exception? inner = null) =>
        new($"活頁簿的 {partName} {zh}，未讀取", $"the workbook's {partName}: {en}; not read", inner);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
