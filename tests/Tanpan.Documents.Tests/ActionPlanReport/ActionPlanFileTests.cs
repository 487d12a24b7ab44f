using System.Text;
using Tanpan.Documents.ActionPlanReport;

namespace Tanpan.Documents.Tests.ActionPlanReport;

public class ActionPlanFileTests
{
    private const string Header = "類別,編號,名稱,政策內涵,措施類型,主辦機關,達成狀況,實際經費(萬元),年度,預期經費(萬元),目標值,排放值";

    private static ActionPlanFileResult Read(params string[] lines) => ActionPlanFile.ReadText(string.Join('\n', [Header, .. lines]));

    [Fact]
    public void ReadText_MinimalPlan_ReadsChineseHeadersAndRocYears()
    {
        var result = Read("plan,,製造部門,,,,,,110", "policy,1,甲,,,,,,,\"1,000\"", "measure,1.1.1,措施,1,實質減量,經濟部,達成,12.5", "emissions,,,,,,,,105,,149.4,147.8");

        result.Issues.ShouldBeEmpty();
        var plan = result.Plan.ShouldNotBeNull();
        (plan.ReportYear, plan.Emissions.Single().Year).ShouldBe((2021, 2016));
        plan.Policies.Single().PlannedBudget!.Value.BaseValue.ShouldBe(10_000_000m);
    }

    [Theory]
    [InlineData("measure,1.1.1,措施,1,減量,經濟部,達成", 3, "kind")]
    [InlineData("measure,1.1.1,措施,1,實質減量,經濟部,完成", 3, "status")]
    [InlineData("measure,1.1.1,措施,1,實質減量,,達成", 3, "agency")]
    [InlineData("measure,1.1.1,措施,1,實質減量,經濟部,達成,-5", 3, "budget")]
    [InlineData("measure,1.1.1,措施,1,實質減量,經濟部,達成,abc", 3, "budget")]
    [InlineData("measure,1.1.1,措施,9,實質減量,經濟部,達成", 3, "policy")]
    [InlineData("measure,1..1,措施,1,實質減量,經濟部,達成", 3, "code")]
    [InlineData("bogus,1", 3, "record")]
    public void ReadText_BadMeasureRow_NamesLineAndColumn_ReturnsNoPlan(string row, int line, string column)
    {
        var result = Read("plan,,製造部門,,,,,,110", row, "policy,1,甲");

        result.Plan.ShouldBeNull();
        result.Issues.ShouldContain(i => i.Line == line && i.Column == column);
        result.Issues.ShouldAllBe(i => i.MessageZh.Length > 0 && i.MessageEn.Length > 0);
    }

    [Fact]
    public void ReadText_DuplicateMeasureAndEmissionsYear_EachRefused()
    {
        var result = Read("plan,,部門,,,,,,2021", "policy,1,甲", "measure,1.1.1,a,1,實質減量,經濟部,達成", "measure,1.1.1,b,1,實質減量,經濟部,達成",
            "emissions,,,,,,,,105,,1,1", "emissions,,,,,,,,2016,,1,1");

        result.Plan.ShouldBeNull();
        result.Issues.Select(i => (i.Line, i.Column)).ShouldBe([(5, "code"), (7, "year")]);
    }

    [Fact]
    public void ReadText_NoPlanRowNoMeasures_BothReported() =>
        Read("policy,1,甲").Issues.Select(i => i.MessageEn).ShouldBe(["no plan row (the report year and sector)", "the file has no measure rows"]);

    [Fact]
    public void ReadText_MissingRecordColumn_Refused() =>
        ActionPlanFile.ReadText("編號,名稱\n1,a").Issues.ShouldHaveSingleItem().Column.ShouldBe("record");

    [Fact]
    public void Read_NulBytesOrOversize_RefusedUnread()
    {
        ActionPlanFile.Read("類別\0"u8).Issues.ShouldHaveSingleItem().Column.ShouldBe("file");
        ActionPlanFile.Read(new byte[ActionPlanFile.MaxBytes + 1]).Issues.ShouldHaveSingleItem().MessageEn.ShouldContain("larger than");
    }

    [Fact]
    public async Task ReadAsync_StreamLongerThanTheLimit_StopsReadingAndRefuses()
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(new string('a', ActionPlanFile.MaxBytes + 10)));
        var result = await ActionPlanFile.ReadAsync(stream, CancellationToken.None);
        result.Plan.ShouldBeNull();
        stream.Position.ShouldBe(ActionPlanFile.MaxBytes + 1);
    }

    [Fact]
    public void Read_Big5File_Decoded()
    {
        var big5 = Tanpan.Documents.ActivityFiles.TextEncodingDetector.Big5.GetBytes(Header + "\nplan,,製造部門,,,,,,110\npolicy,1,甲\nmeasure,1.1.1,措施,1,能力建構,環保署,未達成");
        var plan = ActionPlanFile.Read(big5).Plan.ShouldNotBeNull();
        plan.Measures.Single().Agency.ShouldBe("環保署");
    }

    [Fact]
    public void Read_Sample_EveryMeasureCitesTheSeed() =>
        File.ReadAllLines(SampleActionPlan.Path).Skip(1).ShouldAllBe(l => l.Contains("seed 002", StringComparison.Ordinal));
}
