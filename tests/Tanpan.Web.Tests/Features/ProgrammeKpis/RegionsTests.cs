using Tanpan.Web.Features.ProgrammeKpis;

namespace Tanpan.Web.Tests.Features.ProgrammeKpis;

/// <summary>The county or city read from an application's address (內政部's 22 divisions; merged counties count as today's).</summary>
public sealed class RegionsTests
{
    [Theory]
    [InlineData("320桃園市中壢區中華路一段1號", "桃園市")]
    [InlineData("320 桃園市中壢區", "桃園市")]
    [InlineData("台中市西屯區工業區一路2號", "臺中市")]
    [InlineData("臺北縣板橋市文化路3號", "新北市")]       // 2010: 臺北縣 → 新北市
    [InlineData("桃園縣觀音鄉", "桃園市")]               // 2014-12-25: 桃園縣 → 桃園市
    [InlineData("高雄縣岡山鎮", "高雄市")]
    [InlineData("臺灣省新竹縣竹北市", "新竹縣")]
    [InlineData("中華民國臺灣省彰化縣鹿港鎮", "彰化縣")]
    [InlineData("新竹市東區", "新竹市")]                  // not 新竹縣
    [InlineData("嘉義縣民雄鄉", "嘉義縣")]
    [InlineData("８１１高雄市楠梓區", "高雄市")]           // full-width postal code
    [InlineData("No. 1, Taipei", "未能判定")]
    [InlineData("", "未能判定")]
    [InlineData("臺北", "未能判定")]                      // too short to tell 臺北市 from 臺北縣
    public void Of_Address_IsTheCountyOrCity(string address, string expected) =>
        Regions.Name(Regions.Of(address), english: false).ShouldBe(expected);

    [Fact]
    public void All_AreTheTwentyTwoDivisions() => Regions.All.Select(r => r.NameZh).Distinct().Count().ShouldBe(22);
}
