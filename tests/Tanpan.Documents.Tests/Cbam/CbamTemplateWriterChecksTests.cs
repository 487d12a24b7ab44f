using Tanpan.Documents.Cbam;

namespace Tanpan.Documents.Tests.Cbam;

/// <summary>What the template cannot hold is refused before anything is written, with what is wrong.</summary>
public sealed class CbamTemplateWriterChecksTests
{
    private static string Refusal(CbamCommunication communication)
    {
        using var stream = new MemoryStream();
        var e = Should.Throw<ArgumentException>(() => CbamTemplateWriter.Write(communication, stream));
        stream.Length.ShouldBe(0);
        return e.Message;
    }

    private static CbamCommunication WithProcesses(params CbamProcess[] processes) => CbamExamples.Bolts() with { Processes = processes, Products = [] };

    private static CbamPrecursorUse Use(string key) => new(key, 5m);

    private static CbamProcess Process(string key, params CbamPrecursorUse[] uses) =>
        new(key, "Process " + key, "Iron or steel products", null, 100m, 10m, uses);

    /// <summary>A → B → C → A: each SEE would depend on itself (and the formulas would be circular).</summary>
    [Fact]
    public void Write_PrecursorLoop_IsRefusedNamingTheLoop() =>
        Refusal(WithProcesses(Process("a", Use("c")), Process("b", Use("a")), Process("c", Use("b"))))
            .ShouldBe("precursor loop: Process a → Process c → Process b → Process a");

    [Fact]
    public void Write_ProcessConsumingItself_IsRefused() =>
        Refusal(WithProcesses(Process("a", Use("a")))).ShouldBe("process 'Process a' cannot consume its own output (a precursor loop)");

    [Fact]
    public void Write_NegativePurchasedTonnes_IsRefused()
    {
        var c = CbamExamples.Bolts();
        Refusal(c with { PurchasedPrecursors = [c.PurchasedPrecursors[0] with { PurchasedTonnes = -1m }] })
            .ShouldBe("purchased tonnes of 'Wire rod SAE1018' cannot be negative");
    }

    [Fact]
    public void Write_ZeroActivityLevel_IsRefused() =>
        Refusal(WithProcesses(Process("a") with { ActivityLevel = 0m }))
            .ShouldBe("process 'Process a' needs an activity level above 0 (the SEE divides by it)");

    [Fact]
    public void Write_UnknownPrecursor_IsRefused() =>
        Refusal(WithProcesses(Process("a", Use("nowhere")))).ShouldBe("process 'Process a' consumes unknown precursor 'nowhere'");

    [Theory]
    [InlineData("7318158")]
    [InlineData("7318 15 88")]
    [InlineData("73AB")]
    public void Write_CnCodeNotOf4Or6Or8Digits_IsRefused(string cn) =>
        Refusal(CbamExamples.Bolts() with { Products = [new CbamProduct("bolt", cn, "Bolt")] }).ShouldBe($"CN code '{cn}' must be 4, 6 or 8 digits");

    /// <summary>The template has ten production processes (P1–P10).</summary>
    [Fact]
    public void Write_EleventhProcess_IsRefused() =>
        Refusal(WithProcesses([.. Enumerable.Range(1, 11).Select(i => Process(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]))
            .ShouldBe("the template holds at most 10 production processes (P1-P10); got 11");

    [Fact]
    public void Write_ProcessAndPrecursorOfTheSameName_AreRefused()
    {
        var c = CbamExamples.Bolts();
        Refusal(c with { PurchasedPrecursors = [c.PurchasedPrecursors[0] with { Name = "Bolt forming" }] })
            .ShouldStartWith("process and purchased precursor names must differ");
    }

    [Fact]
    public void Write_PeriodEndingBeforeItStarts_IsRefused() =>
        Refusal(CbamExamples.Bolts() with { PeriodEnd = new DateOnly(2025, 12, 31) })
            .ShouldBe("the reporting period ends (2025-12-31) before it starts (2026-01-01)");

    [Fact]
    public void Write_UnknownGoodsCategory_IsRefused() =>
        Refusal(WithProcesses(Process("a") with { GoodsCategory = "Screws" }))
            .ShouldBe("'Process a': 'Screws' is not one of the template's aggregated goods categories");

    [Fact]
    public void Write_RouteOfAnotherCategory_IsRefused() =>
        Refusal(WithProcesses(Process("a") with { GoodsCategory = "Crude steel", Route = "Blast furnace route" }))
            .ShouldBe("'Process a': 'Blast furnace route' is not a production route of 'Crude steel'");
}
