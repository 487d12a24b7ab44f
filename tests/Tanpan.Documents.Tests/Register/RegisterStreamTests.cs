using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Documents.Inventories;
using Tanpan.Documents.Register;

namespace Tanpan.Documents.Tests.Register;

/// <summary>The writers as the web will call them: an <see cref="InventoryDocument"/> into a stream that cannot seek.</summary>
public sealed class RegisterStreamTests
{
    [Fact]
    public void Write_ForwardOnlyStream_ValidWorkbookWithEverySheet()
    {
        var result = InventoryCalculation.Run(ActivityFileReader.Open("samples/seed001-example-2021.csv").Records, new InventoryOptions()).Result!;
        var doc = InventoryDocument.Create(result, FactorLibrary.Shipped, new InventoryDocumentInfo("示範", 2021, DateTimeOffset.UnixEpoch));
        using var buffer = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(buffer))
        {
            RegisterWorkbook.Write(forwardOnly, doc);
        }

        buffer.Position = 0;
        using var document = SpreadsheetDocument.Open(buffer, false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).ShouldBeEmpty();
        document.WorkbookPart!.Workbook.Sheets!.ChildElements.Count.ShouldBe(8);
        document.PackageProperties.Title.ShouldBe("溫室氣體排放量清冊 示範 2021");
    }

    [Fact]
    public void Create_ResultWithoutRowTraces_Throws()
    {
        var result = InventoryCalculation.Run(ActivityFileReader.Open("samples/seed001-example-2021.csv").Records, new InventoryOptions { KeepRows = false }).Result!;
        Should.Throw<ArgumentException>(() => InventoryDocument.Create(result, FactorLibrary.Shipped, new InventoryDocumentInfo("x", 2021, DateTimeOffset.UnixEpoch)));
    }

    /// <summary>Like a response body: write only, no Position, no Seek.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
