namespace Tanpan.Documents.Cbam;

/// <summary>Writes a <see cref="CbamCommunication"/> as the EU CBAM communication template for installations (.xlsx).</summary>
public static class CbamTemplateWriter
{
    /// <summary>Writes the workbook to <paramref name="output"/>; throws <see cref="ArgumentException"/> for data the template cannot hold.</summary>
    public static void Write(CbamCommunication communication, Stream output)
    {
        ArgumentNullException.ThrowIfNull(communication);
        ArgumentNullException.ThrowIfNull(output);
        throw new NotSupportedException("not written yet");
    }
}
