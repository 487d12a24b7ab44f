using System.Text;
using Tanpan.Core.Inventory;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.ActivityFiles;

public sealed class CsvActivityReaderTests : IDisposable
{
    private const string Header = "facility,source_type,material,activity,unit,year,source";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Open_Utf8WithBom_BomIsNotPartOfTheFirstHeader()
    {
        var path = _dir.WriteWithBom("bom.csv", $"{Header}\n一廠,stationary,柴油,56,公升,2021,發電機\n");

        var file = CsvActivityReader.Open(path);

        file.Format.ShouldBe("CSV UTF-8");
        var row = ActivityRecords.Parse(ActivityRecords.Of(file).ShouldHaveSingleItem());
        row.Facility.ShouldBe("一廠");
        row.Material.Key.ShouldBe("diesel");
        row.Line.ShouldBe(2);
    }

    [Fact]
    public void Open_Utf8WithoutBom_Reads()
    {
        var path = _dir.Write("plain.csv", $"{Header}\n一廠,stationary,天然氣,\"3,882\",立方公尺,2021,宿舍熱水器\n");

        var file = CsvActivityReader.Open(path);

        file.Format.ShouldBe("CSV UTF-8");
        var row = ActivityRecords.Parse(ActivityRecords.Of(file).ShouldHaveSingleItem());
        (row.Facility, row.Material.Key, row.Amount, row.Source).ShouldBe(("一廠", "natural_gas", 3882m, "宿舍熱水器"));
    }

    [Fact]
    public void Open_Big5Sample_ReadsTheSameRecordsAsTheUtf8Sample()
    {
        var big5 = CsvActivityReader.Open("samples/seed001-example-2021-big5.csv");
        var utf8 = CsvActivityReader.Open("samples/seed001-example-2021.csv");

        big5.Format.ShouldBe("CSV Big5");
        var big5Rows = ActivityRecords.Of(big5);
        var utf8Rows = ActivityRecords.Of(utf8);
        big5Rows.Count.ShouldBe(8);
        big5Rows.Select(Cells).ShouldBe(utf8Rows.Select(Cells));
        big5Rows.Select(r => r.Line).ShouldBe([2, 3, 4, 5, 6, 7, 8, 9]);
        big5Rows[0][ActivityColumn.Source].ShouldBe("塗裝作業乾燥設備");
        big5Rows[7][ActivityColumn.Year].ShouldBe("2021", "CRLF must not leave a \\r in the last cell");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Open_LineEndings_GiveTheSameRecordsAndLines(string newline)
    {
        var text = string.Join(newline, Header, "一廠,stationary,柴油,56,公升,2021,發電機", "", "二廠,mobile,汽油,\"1,850\",公升,2021,公務車") + newline;
        var path = _dir.Write("endings.csv", text);

        var rows = ActivityRecords.Read(path).Select(ActivityRecords.Parse).ToList();

        rows.Select(r => (r.Line, r.Facility, r.Amount, r.Source)).ShouldBe([(2, "一廠", 56m, "發電機"), (4, "二廠", 1850m, "公務車")]);
        rows.Select(r => r.Year).ShouldBe([2021, 2021]);
    }

    [Fact]
    public void Open_BlankLines_AreSkippedAndLineNumbersStayAsInTheFile()
    {
        var path = _dir.Write("blanks.csv", string.Join('\n',
            Header,                                   // 1
            "",                                       // 2
            "A,stationary,柴油,1,公升,2021,",           // 3
            "   ",                                    // 4 white space only
            ",,,,,,",                                 // 5 separators only
            "\t, ,,,,,",                              // 6
            "",                                       // 7
            "B,stationary,柴油,2,公升,2021,",           // 8
            ""));

        ActivityRecords.Read(path).Select(r => (r.Line, r[ActivityColumn.Facility])).ShouldBe([(3, "A"), (8, "B")]);
    }

    [Fact]
    public void Open_QuotedFieldWithNewline_KeepsItAndCountsItsLinesForTheNextRow()
    {
        var path = _dir.Write("multiline.csv", string.Join('\n',
            Header,                                                // 1
            "A,stationary,柴油,1,公升,2021,\"緊急\n發電機\n(備用)\"", // 2–4
            "B,stationary,柴油,2,公升,2021,鍋爐",                    // 5
            "",                                                    // 6
            "C,stationary,柴油,3,公升,2021,\"x\r\ny\"",              // 7–8
            "D,stationary,柴油,4,公升,2021,鍋爐"));                   // 9

        var records = ActivityRecords.Read(path);

        records.Select(r => r.Line).ShouldBe([2, 5, 7, 9]);
        records[0][ActivityColumn.Source].ShouldBe("緊急\n發電機\n(備用)");
        records[2][ActivityColumn.Source].ShouldBe("x\r\ny");
    }

    [Fact]
    public void Open_ThousandsSeparatorsInQuotedField_StayOneCellAndParse()
    {
        var path = _dir.Write("thousands.csv", $"{Header}\n示範工廠,electricity,外購電力,\"8,967,500\",度,2021,全廠\n");

        var record = ActivityRecords.Read(path).ShouldHaveSingleItem();

        record[ActivityColumn.Activity].ShouldBe("8,967,500");
        record[ActivityColumn.Unit].ShouldBe("度");
        ActivityRecords.Parse(record).Amount.ShouldBe(8_967_500m);
    }

    [Theory]
    [InlineData("１２３４", "２０２１", 1234, 2021)]
    [InlineData("８，９６７，５００．５", "１１０", 8_967_500.5, 2021)]
    public void Open_FullWidthDigits_Parse(string amount, string year, decimal expectedAmount, int expectedYear)
    {
        var path = _dir.Write("fullwidth.csv", $"{Header}\n一廠,stationary,柴油,\"{amount}\",公升,{year},\n");

        var row = ActivityRecords.Parse(ActivityRecords.Read(path).ShouldHaveSingleItem());

        (row.Amount, row.Year).ShouldBe((expectedAmount, expectedYear));
    }

    [Theory]
    [InlineData("110", 2021)]
    [InlineData("民國110年", 2021)]
    [InlineData("109年", 2020)]
    [InlineData("2021", 2021)]
    public void Open_RocYear_ReadsAsAd(string year, int expected)
    {
        var path = _dir.Write("roc.csv", $"{Header}\n一廠,stationary,柴油,1,公升,{year},\n");

        ActivityRecords.Parse(ActivityRecords.Read(path).ShouldHaveSingleItem()).Year.ShouldBe(expected);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public void Open_SemicolonOrTabSeparated_IsDetected(char separator)
    {
        var path = _dir.Write("separated.csv", $"{Header.Replace(',', separator)}\n{string.Join(separator, "一廠", "stationary", "柴油", "8,967", "公升", "2021", "")}\n");

        ActivityRecords.Parse(ActivityRecords.Read(path).ShouldHaveSingleItem()).Amount.ShouldBe(8967m);
    }

    [Fact]
    public void Open_ExcelSepHint_SetsTheSeparatorAndCountsAsALine()
    {
        var path = _dir.Write("hint.csv", $"sep=;\n{Header.Replace(',', ';')}\n一廠;stationary;柴油;56;公升;2021;發電機\n");

        var record = ActivityRecords.Read(path).ShouldHaveSingleItem();

        record.Line.ShouldBe(3);
        record[ActivityColumn.Source].ShouldBe("發電機");
    }

    [Fact]
    public void Open_ExcelUnicodeText_Utf16WithTabs_Reads()
    {
        var text = $"{Header.Replace(',', '\t')}\r\n一廠\tstationary\t柴油\t56\t公升\t2021\t發電機\r\n";
        var path = _dir.WriteBytes("unicode.txt", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)]);

        var file = ActivityFileReader.Open(path);

        file.Format.ShouldBe("CSV UTF-16");
        var row = ActivityRecords.Parse(ActivityRecords.Of(file).ShouldHaveSingleItem());
        (row.Line, row.Facility, row.Amount, row.Source).ShouldBe((2, "一廠", 56m, "發電機"));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { (byte)'\n', (byte)'\r', (byte)'\n', (byte)'\n' })]
    public void Open_EmptyFile_SaysSo(byte[] content)
    {
        var path = _dir.WriteBytes("empty.csv", content);

        var issue = ActivityRecords.SingleIssue(CsvActivityReader.Open(path));

        issue.ShouldBe(new ActivityIssue(1, "file", "檔案是空的", "the file is empty"));
    }

    [Fact]
    public void Open_RandomBytes_AreRefusedAsNeitherUtf8NorBig5()
    {
        var bytes = new byte[4096];
        new Random(20210).NextBytes(bytes);
        bytes.AsSpan().Replace((byte)0, (byte)1); // NUL bytes are refused before the encoding is looked at (HostileFiles)
        var path = _dir.WriteBytes("noise.csv", bytes);

        var issue = ActivityRecords.SingleIssue(CsvActivityReader.Open(path));

        (issue.Line, issue.Column).ShouldBe((1, "file"));
        issue.MessageEn.ShouldContain("neither UTF-8 nor Big5");
        issue.MessageZh.ShouldContain("Big5");
    }

    [Fact]
    public void Open_UnterminatedQuote_IsReportedOnItsLine()
    {
        var path = _dir.Write("quote.csv", $"{Header}\nA,stationary,柴油,1,公升,2021,\nB,stationary,\"柴油,1,公升,2021,\nC,stationary,柴油,1,公升,2021,\n");

        var broken = ActivityRecords.Read(path).Where(r => r.Problem is not null).ShouldHaveSingleItem();

        broken.Problem!.Line.ShouldBe(3);
        broken.Problem.MessageEn.ShouldContain("malformed quotes");
    }

    [Fact]
    public void Open_UnclosedQuoteRunningPastMaxRecordSize_IsRefusedAfterTheRowsBefore()
    {
        var rows = Enumerable.Repeat("B,stationary,柴油,1,公升,2021,", (CsvActivityReader.MaxRecordBytes / 30) + 1000);
        var path = _dir.Write("runaway.csv", string.Join('\n', [Header, "A,stationary,柴油,1,公升,2021,", "A,stationary,\"柴油,1,公升,2021,", .. rows]) + "\n");

        var read = new List<int>();
        var refused = Should.Throw<ActivityFileRefusedException>(() =>
        {
            foreach (var record in ActivityFileReader.Open(path).Records)
            {
                read.Add(record.Line);
            }
        });

        read.ShouldBe([2]);
        refused.MessageEn.ShouldStartWith("CSV line 3 cannot be read: a record longer than 1 MB");
        refused.MessageEn.ShouldContain("MaxRecordSize");
        refused.MessageZh.ShouldStartWith("CSV 第 3 行無法讀取");
    }

    [Fact]
    public void Open_Big5WrittenHere_IsDetected()
    {
        var path = _dir.Write("big5.csv", $"廠區,排放型式,原燃物料,活動數據,單位,年度\r\n示範工廠,固定燃燒,柴油,56,公升,110\r\n", TextEncodingDetector.Big5);

        var file = CsvActivityReader.Open(path);

        file.Format.ShouldBe("CSV Big5");
        var row = ActivityRecords.Parse(ActivityRecords.Of(file).ShouldHaveSingleItem());
        (row.Facility, row.Material.Key, row.Year).ShouldBe(("示範工廠", "diesel", 2021));
    }

    private static string Cells(RawActivityRecord r) =>
        $"{r.Line}|" + string.Join('|', Enum.GetValues<ActivityColumn>().Select(c => r[c] ?? "∅"));
}
