using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using Tanpan.Documents.Factors;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.Factors;

public sealed class UserFactorFileTests : IDisposable
{
    private const string Header = "material,source_type,unit,co2_kg,ch4_kg,n2o_kg,co2e_kg,year,origin,source";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_SupplierSteamFactor_IsAlreadyCo2e()
    {
        var (factors, issues) = Read($"{Header}\n外購蒸汽,steam,公噸,,,,185.2,2021,supplier,汽電共生廠 2021 蒸汽排放係數證明\n");

        issues.ShouldBeEmpty();
        var f = factors.ShouldHaveSingleItem();
        (f.Id, f.SetId, f.MaterialKey, f.SourceType, f.Unit.Key, f.IsCo2e, f.Origin, f.Year, f.Source).ShouldBe(
            ("user/1/steam/steam/2021", "user", "steam", SourceType.Steam, "t", true, FactorOrigin.Supplier, (int?)2021, "汽電共生廠 2021 蒸汽排放係數證明"));
        f.Gases.ShouldBe([new GasFactor(GasSpecies.CO2, 185.2m)]);
    }

    [Fact]
    public void Read_SelfMeasuredPerGasFactor_KeepsEveryGas()
    {
        var (factors, issues) = Read($"{Header}\n柴油,固定燃燒,公升,2.61,0.0001,0.00002,,,self_measured,自廠質量平衡 2021\n");

        issues.ShouldBeEmpty();
        var f = factors.ShouldHaveSingleItem();
        (f.Id, f.MaterialKey, f.Unit.Key, f.IsCo2e, f.Origin, f.Year).ShouldBe(("user/1/diesel/stationary", "diesel", "L", false, FactorOrigin.SelfMeasured, (int?)null));
        f.Gases.ShouldBe([new GasFactor(GasSpecies.CO2, 2.61m), new GasFactor(GasSpecies.CH4, 0.0001m), new GasFactor(GasSpecies.N2O, 0.00002m)]);
    }

    [Theory]
    [InlineData("", FactorOrigin.Supplier)]
    [InlineData("供應商", FactorOrigin.Supplier)]
    [InlineData("Supplier", FactorOrigin.Supplier)]
    [InlineData("self-measured", FactorOrigin.SelfMeasured)]
    [InlineData("自廠", FactorOrigin.SelfMeasured)]
    public void Read_OriginSpellings_AreAccepted(string origin, FactorOrigin expected)
    {
        var (factors, issues) = Read($"{Header}\n柴油,stationary,公升,2.61,,,,,{origin},測試\n");

        issues.ShouldBeEmpty();
        factors.ShouldHaveSingleItem().Origin.ShouldBe(expected);
    }

    [Theory]
    [InlineData("煤渣油,stationary,公升,2.61,,,,,supplier,x", "material", "unknown material '煤渣油'")]
    [InlineData("柴油,burning,公升,2.61,,,,,supplier,x", "source_type", "unknown source type 'burning'")]
    [InlineData("柴油,stationary,桶,2.61,,,,,supplier,x", "unit", "unknown unit '桶'")]
    [InlineData("柴油,stationary,公升,2.6x,,,,,supplier,x", "co2_kg", "'2.6x' is not a non-negative number")]
    [InlineData("柴油,stationary,公升,,-0.1,,,,supplier,x", "ch4_kg", "'-0.1' is not a non-negative number")]
    [InlineData("柴油,stationary,公升,2.61,,,2.7,,supplier,x", "co2e_kg", "either co2e_kg or per-gas values")]
    [InlineData("柴油,stationary,公升,,,,,,supplier,x", "co2_kg", "at least one factor value is needed")]
    [InlineData("柴油,stationary,公升,2.61,,,,20x1,supplier,x", "year", "year '20x1' is not valid")]
    [InlineData("柴油,stationary,公升,2.61,,,,,vendor,x", "origin", "origin 'vendor' must be supplier or self_measured")]
    [InlineData("柴油,stationary,公升,2.61,,,,,supplier,", "source", "the source of the factor is required")]
    public void Read_BadRow_IsReportedWithLineAndColumn(string row, string column, string english)
    {
        var (factors, issues) = Read($"{Header}\n{row}\n");

        factors.ShouldBeEmpty();
        var issue = issues.ShouldHaveSingleItem();
        (issue.Line, issue.Column).ShouldBe((2, column));
        issue.MessageEn.ShouldContain(english);
        issue.MessageZh.ShouldNotBeNullOrWhiteSpace();
        issue.MessageZh.ShouldNotBe(issue.MessageEn);
    }

    [Fact]
    public void Read_SeveralBadRows_AreAllReportedOnTheirFileLines()
    {
        var (factors, issues) = Read(string.Join('\n',
            Header,                                                       // 1
            "煤渣油,stationary,公升,2.61,,,,,supplier,x",                    // 2 unknown material
            "柴油,stationary,公升,2.61,,,,,supplier,ok",                     // 3 fine
            "",                                                           // 4
            "柴油,stationary,公升,abc,,,,,supplier,x",                       // 5 bad number
            "外購蒸汽,steam,公噸,1,,,185,,supplier,\"證明\n第二行\"",          // 6–7 both co2e and per gas
            "柴油,mobile,公升,,,,,,supplier,x",                              // 8 no value
            "柴油,mobile,公升,2.6,,,,,廠商,x",                               // 9 bad origin
            "柴油,mobile,公升,2.6,,,,,supplier,",                            // 10 no source
            ""));

        factors.ShouldHaveSingleItem().Source.ShouldBe("ok");
        issues.Select(i => (i.Line, i.Column)).ShouldBe(
            [(2, "material"), (5, "co2_kg"), (6, "co2e_kg"), (8, "co2_kg"), (9, "origin"), (10, "source")]);
    }

    [Theory]
    [InlineData("煤渣油,stationary,公升,,,,,,vendor,", "material co2_kg origin source")]
    [InlineData("柴油,stationary,公升,abc,,,2.7,,supplier,x", "co2_kg co2e_kg")]
    public void Read_RowWithSeveralProblems_ListsEachOfThem(string row, string columns)
    {
        var (_, issues) = Read($"{Header}\n{row}\n");

        issues.ShouldAllBe(i => i.Line == 2);
        issues.Select(i => i.Column).ShouldBe(columns.Split(' '));
    }

    [Fact]
    public void Read_MissingRequiredColumn_IsReportedOnTheHeaderLine()
    {
        var (factors, issues) = Read("material,source_type,co2_kg\n柴油,stationary,2.61\n");

        factors.ShouldBeEmpty();
        issues.Select(i => (i.Line, i.Column)).ShouldBe([(1, "unit"), (1, "source")]);
    }

    [Fact]
    public void Read_FileNotFound_IsAnIssue()
    {
        var (factors, issues) = UserFactorFile.Read(_dir.File("none.csv"), FactorLibrary.Shipped.Materials);

        factors.ShouldBeEmpty();
        var issue = issues.ShouldHaveSingleItem();
        (issue.Line, issue.Column).ShouldBe((1, "file"));
        issue.MessageEn.ShouldContain("none.csv");
    }

    [Fact]
    public void Read_EmptyFile_IsAnIssue()
    {
        var (_, issues) = Read("");

        issues.ShouldHaveSingleItem().ShouldBe(new ActivityIssue(1, "file", "係數檔是空的", "the factor file is empty"));
    }

    private (IReadOnlyList<EmissionFactor> Factors, IReadOnlyList<ActivityIssue> Issues) Read(string text) =>
        UserFactorFile.Read(_dir.Write("factors.csv", text), FactorLibrary.Shipped.Materials);
}
