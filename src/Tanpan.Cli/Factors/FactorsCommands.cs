using System.CommandLine;
using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Gases;
using Tanpan.Core.Sources;

namespace Tanpan.Cli.Factors;

/// <summary><c>tanpan factors list | search TEXT | show ID</c>: browse the shipped reference data.</summary>
internal static class FactorsCommands
{
    public static Command Create()
    {
        var list = new Command("list", "List factor sets, grid factors, GWP sets and leak rates / 列出係數集");
        list.SetAction(parse => List(parse.InvocationConfiguration.Output));

        var text = new Argument<string>("text") { Description = "Name, alias or id (e.g. 重油, diesel, R-134a) / 名稱或別名" };
        var search = new Command("search", "Find factors by material name or alias / 搜尋係數") { text };
        search.SetAction(parse => Search(parse.GetValue(text)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));

        var id = new Argument<string>("id") { Description = "Factor id, e.g. moenv-6.0.4/diesel/stationary / 係數代碼" };
        var show = new Command("show", "Show one factor with its source / 顯示係數明細") { id };
        show.SetAction(parse => Show(parse.GetValue(id)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));

        return new Command("factors", "Emission factor library / 排放係數庫") { list, search, show };
    }

    private static int List(TextWriter o)
    {
        var library = FactorLibrary.Shipped;
        o.WriteLine("係數集 Factor sets");
        foreach (var set in library.Sets)
        {
            o.WriteLine($"  {set.Id,-12} {set.Factors.Count,3} factors  {set.Info.TitleZh}");
            o.WriteLine($"  {"",-12} basis: {set.Info.Basis}; heat values: {set.Info.HeatValueVintage}; confidence {set.Info.Confidence}");
        }

        o.WriteLine("電力排碳係數 Grid electricity (kgCO2e/kWh, 經濟部能源署)");
        foreach (var grid in library.GridFactors.Values.OrderBy(g => g.Year))
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {grid.Id,-12} {grid.Gases[0].KgPerUnit,6}  confidence {grid.Confidence}"));
        }

        o.WriteLine("GWP (100-year)");
        foreach (var gwp in library.GwpSets.Values)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {gwp.Id}  CH4 {gwp.Find("CH4")}  N2O {gwp.Find("N2O")}  HFC-134a {gwp.Find("HFC134a")}  SF6 {gwp.Find("SF6")}"));
        }

        o.WriteLine("冷媒設備逸散率 Refrigerant equipment leak rates (% of charge per year)");
        foreach (var e in library.EquipmentTypes)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {e.Key,-26} {e.LeakRatePercent,5} %  {e.NameZh}"));
        }

        o.WriteLine("其他 Other: " + string.Join(", ", library.Refrigerants.Concat(library.OtherFactors).Select(f => f.Id)));
        return TanpanCli.Ok;
    }

    private static int Search(string text, TextWriter o, TextWriter error)
    {
        var found = FactorLibrary.Shipped.Search(text).ToList();
        if (found.Count == 0)
        {
            error.WriteLine($"找不到「{text}」/ nothing matches '{text}'");
            return TanpanCli.BadInput;
        }

        foreach (var f in found)
        {
            var material = FactorLibrary.Shipped.Materials.FindByKey(f.MaterialKey);
            o.WriteLine($"{f.Id,-48} {material?.NameZh ?? f.MaterialKey} ({SourceTypes.NameZh(f.SourceType)}) per {f.Unit.Key}");
        }

        return TanpanCli.Ok;
    }

    private static int Show(string id, TextWriter o, TextWriter error)
    {
        var library = FactorLibrary.Shipped;
        var f = library.FindFactor(id);
        if (f is null)
        {
            error.WriteLine($"沒有代碼為「{id}」的係數 / no factor with id '{id}' (try: tanpan factors search)");
            return TanpanCli.BadInput;
        }

        var material = library.Materials.FindByKey(f.MaterialKey);
        o.WriteLine($"id            {f.Id}");
        o.WriteLine($"set           {f.SetId} (version {f.SetVersion})");
        o.WriteLine($"material      {material?.NameZh} / {material?.NameEn} ({f.MaterialKey}); aliases: {string.Join(", ", material?.Aliases ?? [])}");
        o.WriteLine($"source type   {SourceTypes.Key(f.SourceType)} ({SourceTypes.NameZh(f.SourceType)}){(f.Variant.Length > 0 ? ", variant " + f.Variant : "")}");
        o.WriteLine($"unit          per {f.Unit.Key} ({f.Unit.NameZh})");
        if (f.Year is { } year)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"year          {year}"));
        }

        foreach (var g in f.Gases)
        {
            var bounds = g.LowerBound is { } lo && g.UpperBound is { } hi
                ? string.Create(CultureInfo.InvariantCulture, $"  95 % bounds -{lo * 100:0.###} % / +{hi * 100:0.###} %")
                : "";
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(f.IsCo2e ? "CO2e" : GasSpecies.Display(g.Species)),-13} {g.KgPerUnit} kg/{f.Unit.Key}{bounds}"));
        }

        if (f.PerTerajoule is { } perTj)
        {
            o.WriteLine("per TJ        " + string.Join(", ", perTj.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Species} {g.KgPerUnit} kg/TJ"))));
            o.WriteLine(f.HeatValueKcal is { } kcal
                ? string.Create(CultureInfo.InvariantCulture, $"heat value    {kcal} kcal/{f.Unit.Key}")
                : "heat value    none shipped: enter the activity as energy (TJ, GJ, kcal)");
        }

        if (f.Derivation is { } d)
        {
            var nonCo2 = d.NonCo2HeatValueKcal is { } other ? string.Create(CultureInfo.InvariantCulture, $" (CH4, N2O: {other})") : "";
            o.WriteLine($"table row     {d.TableItem}");
            o.WriteLine("derivation    " + string.Join(", ", d.PerTerajoule.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Species} {g.KgPerUnit} kg/TJ")))
                + string.Create(CultureInfo.InvariantCulture, $" × {d.HeatValueKcal}{nonCo2} kcal/{f.Unit.Key} × 4.1868e-9 TJ/kcal ({d.IpccSource})"));
        }

        o.WriteLine($"CO2e basis    {(f.IsCo2e ? "already CO2e: no GWP applied" : "per gas × GWP of the inventory's GWP set")}");
        o.WriteLine($"source        {f.Source}");
        o.WriteLine($"confidence    {f.Confidence}");
        return TanpanCli.Ok;
    }
}
