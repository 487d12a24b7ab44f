using System.CommandLine;
using System.Globalization;
using Tanpan.Cli.Output;
using Tanpan.Core.Factors;
using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;

namespace Tanpan.Cli.Tariffs;

/// <summary><c>tanpan tariff list | shift --plan … --kwh N --from peak --to semi_peak=0.8,off_peak=0.2 [--json] | bill …</c> (<see cref="TariffBillCommand"/>).</summary>
internal static class TariffCommands
{
    public static Command Create()
    {
        var list = new Command("list", "List electricity plans with their ids / 列出電價方案");
        list.SetAction(parse => List(parse.InvocationConfiguration.Output));

        var plan = new Option<string>("--plan") { Description = "Plan id (see tariff list) / 電價方案代碼", Required = true };
        var voltage = new Option<string?>("--voltage") { Description = "low, high or extra-high; optional when the plan has one voltage / 電壓別" };
        var season = new Option<string?>("--season") { Description = "summer or non-summer (or give --date) / 夏月或非夏月" };
        var day = new Option<string?>("--day") { Description = "weekday, saturday or sunday (incl. Taipower's off-peak days) (or give --date) / 日別" };
        var date = new Option<string?>("--date") { Description = "YYYY-MM-DD: season and day type from the plan and Taipower's off-peak days (離峰日) / 日期" };
        var kwh = new Option<string?>("--kwh") { Description = "Energy moved, kWh (kWh form) / 移轉電量（度）" };
        var from = new Option<string?>("--from") { Description = "Period the energy leaves: peak, semi_peak or off_peak / 原時段" };
        var to = new Option<string?>("--to") { Description = "Where it goes, shares summing to 1: semi_peak=0.8,off_peak=0.2 / 移入時段與比例" };
        var blockKw = new Option<string?>("--block-kw") { Description = "Load block, kW (block form) / 移轉的負載（kW）" };
        var window = new Option<string?>("--window") { Description = "Where the block runs now, HH:mm-HH:mm local / 原時間帶" };
        var toWindow = new Option<string?>("--to-window") { Description = "Where it moves, same length / 移至時間帶" };
        var days = new Option<string?>("--days") { Description = "Days the block runs / 天數" };
        var plansFile = new Option<FileInfo?>("--plans-file") { Description = "CSV of user-defined plans added to the shipped ones / 自訂電價方案 CSV" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object / 以 JSON 輸出" };
        var shift = new Command("shift", "Simulate moving load between time-of-use periods / 移轉電費試算")
        {
            plan, voltage, season, day, date, kwh, from, to, blockKw, window, toWindow, days, plansFile, json,
        };
        shift.SetAction(parse => Shift(
            new ShiftArguments(parse.GetValue(plan)!, parse.GetValue(voltage), parse.GetValue(season), parse.GetValue(day), parse.GetValue(kwh),
                parse.GetValue(from), parse.GetValue(to))
            {
                BlockKw = parse.GetValue(blockKw), Window = parse.GetValue(window), ToWindow = parse.GetValue(toWindow), Days = parse.GetValue(days),
                Date = parse.GetValue(date),
            },
            parse.GetValue(plansFile),
            parse.GetValue(json),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));

        return new Command("tariff", "Taipower time-of-use tariffs / 台電時間電價") { list, shift, TariffBillCommand.Create() };
    }

    private static int List(TextWriter o)
    {
        o.WriteLine("電價方案 Tariff plans (energy charge NT$/kWh; data/tariffs/README.md)");
        foreach (var p in TariffLibrary.Shipped.Plans)
        {
            o.WriteLine($"  {p.Id,-32} {p.Version,-9} voltage {string.Join("|", p.Voltages.Select(TariffKeys.Key)),-20} confidence {p.Confidence,-2} {p.NameZh}");
        }

        return TanpanCli.Ok;
    }

    private static int Shift(ShiftArguments a, FileInfo? plansFile, bool json, TextWriter output, TextWriter error)
    {
        var (library, fileProblems) = Library(plansFile);
        if (library is null)
        {
            InputNumbers.Write(error, fileProblems);
            return TanpanCli.BadInput;
        }

        if (a.IsBlock)
        {
            return Block(a, library, json, output, error);
        }

        var (request, problems) = a.Read(library);
        if (request is null)
        {
            InputNumbers.Write(error, problems);
            return TanpanCli.BadInput;
        }

        var outcome = PeakShift.Simulate(request.Plan, request.Voltage, request.Season, request.Day, request.Energy, request.From, request.Shares);
        if (!outcome.Succeeded)
        {
            InputNumbers.Write(error, outcome.Problems);
            return TanpanCli.BadInput;
        }

        if (json)
        {
            JsonOutput.Write(output, new PeakShiftOutput(outcome.Result!));
        }
        else
        {
            Summary(output, request.Plan, outcome.Result!);
        }

        return TanpanCli.Ok;
    }

    /// <summary>The shipped plans, plus those of <paramref name="file"/> (whose ids must not be shipped ones).</summary>
    private static (TariffLibrary? Library, IReadOnlyList<Problem> Problems) Library(FileInfo? file)
    {
        if (file is null)
        {
            return (TariffLibrary.Shipped, []);
        }

        if (!file.Exists)
        {
            return (null, [new Problem("plans-file", $"找不到檔案 {file.FullName}", $"no such file {file.FullName}")]);
        }

        var (plans, problems) = UserTariffPlans.Parse(File.ReadAllText(file.FullName), "file");
        var clashes = plans.Where(p => TariffLibrary.Shipped.Find(p.Id) is not null)
            .Select(p => new Problem("plans-file", $"方案代號 {p.Id} 與內建方案相同", $"plan id {p.Id} is a shipped plan's")).ToList();
        return problems.Count + clashes.Count > 0
            ? (null, [.. problems, .. clashes])
            : (new TariffLibrary([.. TariffLibrary.Shipped.Plans, .. plans]), []);
    }

    private static int Block(ShiftArguments a, TariffLibrary library, bool json, TextWriter output, TextWriter error)
    {
        var (common, kw, from, to, days, problems) = a.ReadBlock(library);
        if (common is null)
        {
            InputNumbers.Write(error, problems);
            return TanpanCli.BadInput;
        }

        var outcome = BlockShift.Simulate(common.Plan, common.Voltage, common.Season, common.Day, kw, from, to, days);
        if (outcome.Result is not { } r)
        {
            InputNumbers.Write(error, outcome.Problems);
            return TanpanCli.BadInput;
        }

        if (json)
        {
            JsonOutput.Write(output, new BlockShiftOutput(r));
            return TanpanCli.Ok;
        }

        output.WriteLine("負載區塊移轉試算 Load-block shift estimate (energy charge only / 僅流動電費)");
        output.WriteLine($"plan         {common.Plan.Id} {common.Plan.NameZh} (version {common.Plan.Version})");
        output.WriteLine($"voltage      {TariffKeys.Key(r.Voltage)}; season {TariffKeys.Key(r.Season)}; day {TariffKeys.Key(r.Day)}");
        output.WriteLine(Line($"block        {Kwh(r.Kw)} kW, {r.FromWindow} → {r.ToWindow}, {r.Days} days = {Kwh(KilowattHours.In(r.Energy))} kWh"));
        foreach (var (label, legs) in new[] { ("before", r.Before), ("after", r.After) })
        {
            foreach (var leg in legs)
            {
                output.WriteLine(Line($"{label,-12} {TariffKeys.Key(leg.Period),-10} {leg.Hours} h/day {Kwh(KilowattHours.In(leg.Energy))} kWh × {leg.Price.NtdPerKwh} = NT${Ntd(leg.Cost.BaseValue)}"));
            }
        }

        output.WriteLine($"cost before  NT${Ntd(r.CostBefore.BaseValue)}");
        output.WriteLine($"cost after   NT${Ntd(r.CostAfter.BaseValue)}");
        output.WriteLine($"savings      NT${Ntd(r.Savings.BaseValue)}");
        return TanpanCli.Ok;
    }

    private static void Summary(TextWriter o, TariffPlan plan, PeakShiftResult r)
    {
        o.WriteLine("移轉電費試算 Peak-shift estimate (energy charge only / 僅流動電費)");
        o.WriteLine($"plan         {plan.Id} {plan.NameZh} (version {plan.Version})");
        o.WriteLine($"voltage      {TariffKeys.Key(r.Voltage)}; season {TariffKeys.Key(r.Season)}; day {TariffKeys.Key(r.Day)}");
        o.WriteLine(Line($"from         {TariffKeys.Key(r.From),-10} {Kwh(KilowattHours.In(r.Energy))} kWh × {r.FromPrice.NtdPerKwh} = NT${Ntd(r.CostBefore.BaseValue)}"));
        foreach (var leg in r.To)
        {
            o.WriteLine(Line($"to           {TariffKeys.Key(leg.Period),-10} {Kwh(KilowattHours.In(leg.Energy))} kWh ({leg.Share * 100:0.##} %) × {leg.Price.NtdPerKwh} = NT${Ntd(leg.Cost.BaseValue)}"));
        }

        o.WriteLine($"cost before  NT${Ntd(r.CostBefore.BaseValue)}");
        o.WriteLine($"cost after   NT${Ntd(r.CostAfter.BaseValue)}");
        o.WriteLine($"savings      NT${Ntd(r.Savings.BaseValue)}");
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Kwh(decimal value) => value.ToString("#,##0.###", CultureInfo.InvariantCulture);

    private static string Ntd(decimal value) => Core.Units.Rounding.Round(value, 0).ToString("#,##0", CultureInfo.InvariantCulture);
}
