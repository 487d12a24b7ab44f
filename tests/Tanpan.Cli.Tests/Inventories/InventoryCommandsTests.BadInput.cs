namespace Tanpan.Cli.Tests.Inventories;

public sealed partial class InventoryCommandsTests
{
    [Fact]
    public void Calc_UnknownMaterial_IsRefused()
    {
        var path = ActivityCsv("一廠,stationary,煤渣油,10,公升,2021,鍋爐");

        ShouldBeRefused(Calc(path), path, (2, "material", "unknown material '煤渣油'"));
    }

    [Fact]
    public void Calc_DieselInKilogramsUnderMoenv604_IsAUnitErrorNotAGuess()
    {
        var path = ActivityCsv("一廠,stationary,柴油,500,公斤,2021,發電機");

        ShouldBeRefused(Calc(path, "--factor-set", "moenv-6.0.4"), path,
            (2, "unit", "unit '公斤' is a mass unit but factor moenv-6.0.4/diesel/stationary is per L"));
    }

    [Fact]
    public void Calc_DuForDiesel_IsRefused()
    {
        var path = ActivityCsv("一廠,stationary,柴油,500,度,2021,發電機");

        ShouldBeRefused(Calc(path), path, (2, "unit", "'度' means kWh for electricity or m³ for piped gas; it does not fit diesel"));
    }

    [Fact]
    public void Calc_NegativeAmount_IsRefused()
    {
        var path = ActivityCsv("一廠,stationary,柴油,-56,公升,2021,發電機");

        ShouldBeRefused(Calc(path), path, (2, "activity", "activity must not be negative (-56)"));
    }

    [Fact]
    public void Calc_NonNumericAmount_IsRefused()
    {
        var path = ActivityCsv("一廠,stationary,柴油,約 56,公升,2021,發電機");

        ShouldBeRefused(Calc(path), path, (2, "activity", "activity '約 56' is not a number"));
    }

    [Fact]
    public void Calc_MissingColumn_IsRefusedOnTheHeaderLine()
    {
        var path = _dir.Write("no-unit.csv", "facility,source_type,material,activity,year\n一廠,stationary,柴油,56,2021\n");

        ShouldBeRefused(Calc(path), path, (1, "unit", "missing required column unit"));
    }

    [Fact]
    public void Calc_ElectricityIn2010_HasNoGridFactor()
    {
        var path = ActivityCsv("一廠,electricity,台電,1000,度,2010,全廠");

        ShouldBeRefused(Calc(path), path, (2, "year", "no grid electricity factor for 2010"));
    }

    [Fact]
    public void Calc_FileNotFound_IsRefused()
    {
        var path = _dir.File("missing.csv");

        ShouldBeRefused(Calc(path), path, (1, "file", "file not found"));
    }

    [Fact]
    public void Calc_UnclosedQuoteRunningThroughALargeFile_IsRefusedNotACrash()
    {
        var rows = Enumerable.Repeat("二廠,stationary,柴油,1,公升,2021,鍋爐", 40_000);
        var path = ActivityCsv(["一廠,stationary,\"柴油,56,公升,2021,發電機", .. rows]);

        // A record over 1 MB refuses the whole file (bounded reading, issue 16): one file-level issue that names line 2.
        ShouldBeRefused(Calc(path), path, (1, "file", "CSV line 2 cannot be read: a record longer than 1 MB"));
    }

    [Fact]
    public void Calc_UnknownFactorSet_IsRefusedBeforeReading()
    {
        var result = Calc(Textile, "--factor-set", "moenv-9");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("unknown factor set 'moenv-9' (use moenv-6.0.4 or moenv-2024)");
        result.Error.ShouldContain("不明的係數集");
    }

    [Fact]
    public void Calc_UnknownGwp_IsRefusedBeforeReading()
    {
        var result = Calc(Textile, "--gwp", "AR3");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("unknown GWP set 'AR3' (use AR4, AR5 or AR6)");
        result.Error.ShouldContain("不明的 GWP 版本");
    }

    [Fact]
    public void Calc_SeveralBadRows_AreAllReportedWithTheirLinesInTheFile()
    {
        var path = ActivityCsv(
            "一廠,stationary,柴油,56,公升,2021,發電機",            // 2 fine
            "",                                                  // 3
            "一廠,stationary,煤渣油,10,公升,2021,鍋爐",             // 4 unknown material
            "一廠,stationary,天然氣,\"3,882\",立方公尺,2021,\"宿舍", // 5–6 fine, the source spans two lines
            "熱水器\"",
            "一廠,electricity,台電,-5,度,110,全廠",                 // 7 negative
            "",                                                  // 8
            "二廠,stationary,柴油,500,公斤,2021,發電機",            // 9 unit of the wrong dimension
            "二廠,mobile,汽油,abc,桶,2021,公務車",                  // 10 two problems in one row
            "二廠,electricity,台電,1000,度,2010,全廠");             // 11 no grid factor

        ShouldBeRefused(Calc(path, "--json"), path,
            (4, "material", "unknown material '煤渣油'"),
            (7, "activity", "activity must not be negative (-5)"),
            (9, "unit", "is a mass unit"),
            (10, "activity", "activity 'abc' is not a number"),
            (10, "unit", "unknown unit '桶'"),
            (11, "year", "no grid electricity factor for 2010"));
    }
}
