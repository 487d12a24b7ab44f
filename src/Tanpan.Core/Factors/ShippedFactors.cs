using Tanpan.Core.Gases;
using Tanpan.Core.Sources;
using Tanpan.Core.Text;
using Tanpan.Core.Units;

namespace Tanpan.Core.Factors;

/// <summary>
/// Loads the reference data shipped in <c>data/factors/</c> (embedded in this assembly). Sources and
/// confidence marks are in <c>data/factors/README.md</c>.
/// </summary>
internal static class ShippedFactors
{
    /// <summary>TJ per kcal: 4.1868 kJ/kcal (MOENV 113 inventory guidance).</summary>
    public const decimal TerajoulePerKcal = 0.0000000041868m;

    public static FactorLibrary Load()
    {
        var materials = LoadMaterials();
        var infos = ReferenceCsv.Load("factors/factor-sets.csv");
        FactorSetInfo Info(string id)
        {
            var t = infos;
            var row = t.Rows.Single(r => t.Text(r, "id") == id);
            return new FactorSetInfo(id, t.Text(row, "version"), t.Text(row, "title_zh"), t.Text(row, "title_en"), t.Text(row, "published"),
                t.Text(row, "basis"), t.Text(row, "heat_value_vintage"), t.Text(row, "source"), t.Text(row, "confidence"));
        }

        var moenv604 = new FactorSet(Info("moenv-6.0.4"), LoadPerUnitSet(Info("moenv-6.0.4")));
        var moenv2024 = new FactorSet(Info("moenv-2024"), LoadEnergyBasisSet(Info("moenv-2024"), moenv604));
        return new FactorLibrary(
            new MaterialCatalog(materials),
            [moenv604, moenv2024],
            LoadGwpSets(),
            LoadGridFactors(),
            LoadEquipmentTypes(),
            LoadRefrigerants(),
            LoadOtherFactors());
    }

    private static List<Material> LoadMaterials()
    {
        var t = ReferenceCsv.Load("factors/materials.csv");
        return t.Rows.Select(r => new Material(
            t.Text(r, "material"),
            t.Text(r, "name_zh"),
            t.Text(r, "name_en"),
            Enum.Parse<MaterialKind>(t.Text(r, "kind"), ignoreCase: true),
            t.Text(r, "aliases").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();
    }

    private static IEnumerable<EmissionFactor> LoadPerUnitSet(FactorSetInfo info)
    {
        var t = ReferenceCsv.Load("factors/" + info.Id + "/fuel-combustion.csv");
        foreach (var r in t.Rows)
        {
            var gases = new List<GasFactor>();
            foreach (var gas in (string[])["co2", "ch4", "n2o"])
            {
                gases.Add(new GasFactor(gas.ToUpperInvariant(), t.Number(r, gas + "_kg"), t.OptionalNumber(r, gas + "_lower"), t.OptionalNumber(r, gas + "_upper")));
            }

            // table_item, ipcc_source, *_kg_per_tj and heat_value_* record where the row comes from and how it was
            // derived (README "moenv-6.0.4"); ShippedFactorDataTests recomputes every row from them.
            yield return Fuel(info, t.Text(r, "material"), t.Text(r, "source_type"), t.Text(r, "variant"), UnitOf(t.Text(r, "unit")), gases,
                $"{info.TitleZh}: {t.Text(r, "table_name")}") with
            {
                Confidence = RowConfidence(t, r, info),
                Derivation = new FactorDerivation(
                    t.Text(r, "table_item"),
                    t.Text(r, "ipcc_source"),
                    [.. ((string[])["CO2", "CH4", "N2O"]).Select(g => new GasFactor(g, t.Number(r, g.ToLowerInvariant() + "_kg_per_tj")))],
                    t.Number(r, "heat_value_kcal"),
                    t.OptionalNumber(r, "heat_value_ch4_n2o_kcal")),
            };
        }
    }

    private static IEnumerable<EmissionFactor> LoadEnergyBasisSet(FactorSetInfo info, FactorSet boundsFrom)
    {
        var t = ReferenceCsv.Load("factors/" + info.Id + "/fuel-combustion-kg-per-tj.csv");
        var heat = ReferenceCsv.Load("factors/" + info.Id + "/heat-values.csv");
        foreach (var r in t.Rows)
        {
            var material = t.Text(r, "material");
            var hv = heat.Rows.SingleOrDefault(h => heat.Text(h, "vintage") == info.HeatValueVintage && heat.Text(h, "material") == material);
            var kcal = hv is null ? (decimal?)null : heat.Number(hv, "kcal_per_unit");
            var type = Enum.Parse<SourceType>(t.Text(r, "source_type"), ignoreCase: true);
            var bounds = boundsFrom.Find(material, type) ?? boundsFrom.Find(material, SourceType.Stationary);
            var perTj = new List<GasFactor>();
            var perUnit = new List<GasFactor>();
            foreach (var gas in (string[])["CO2", "CH4", "N2O"])
            {
                var kgPerTj = t.Number(r, gas.ToLowerInvariant() + "_kg_per_tj");
                var b = bounds?.Gases.Single(g => g.Species == gas);
                perTj.Add(new GasFactor(gas, kgPerTj, b?.LowerBound, b?.UpperBound));
                if (kcal is { } k)
                {
                    perUnit.Add(new GasFactor(gas, kgPerTj * k * TerajoulePerKcal, b?.LowerBound, b?.UpperBound));
                }
            }

            var located = $"{info.TitleZh}: {t.Text(r, "locator")} (code {t.Text(r, "moenv_material_code")})";
            var confidence = RowConfidence(t, r, info);
            if (hv is null)
            {
                // No net heat value of this vintage is shipped (coal, coke: README "moenv-2024"): the factor stays per TJ
                // and the activity must be entered as energy (the supplier's heat value × mass), never guessed.
                yield return Fuel(info, material, t.Text(r, "source_type"), t.Text(r, "variant"), Units.Units.Terajoule, perTj,
                    $"{located}; per TJ, no {info.HeatValueVintage} heat value") with { PerTerajoule = perTj, Confidence = confidence };
                continue;
            }

            var source = $"{located}; heat value {kcal} kcal/{heat.Text(hv, "unit")} ({info.HeatValueVintage})";
            yield return Fuel(info, material, t.Text(r, "source_type"), t.Text(r, "variant"), UnitOf(heat.Text(hv, "unit")), perUnit, source) with
            {
                HeatValueKcal = kcal,
                PerTerajoule = perTj,
                Confidence = confidence,
            };
        }
    }

    private static string RowConfidence(ReferenceCsv t, string[] row, FactorSetInfo info) =>
        t.Has("confidence") && t.Text(row, "confidence").Length > 0 ? t.Text(row, "confidence") : info.Confidence;

    private static EmissionFactor Fuel(FactorSetInfo info, string material, string type, string variant, Unit unit, List<GasFactor> gases, string source)
    {
        var sourceType = Enum.Parse<SourceType>(type, ignoreCase: true);
        var id = $"{info.Id}/{material}/{SourceTypes.Key(sourceType)}" + (variant.Length > 0 ? "/" + variant : "");
        return new EmissionFactor(id, info.Id, info.Version, material, sourceType, variant, unit, gases, IsCo2e: false, FactorOrigin.Shipped, source)
        {
            Confidence = info.Confidence,
        };
    }

    private static Dictionary<string, GwpSet> LoadGwpSets()
    {
        var t = ReferenceCsv.Load("factors/gwp/gwp100.csv");
        var sets = new Dictionary<string, GwpSet>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in (string[])["AR4", "AR5", "AR6"])
        {
            var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var r in t.Rows)
            {
                if (t.OptionalNumber(r, id) is { } v)
                {
                    values[t.Text(r, "species")] = v;
                }
            }

            sets[id] = new GwpSet(id, $"IPCC {id} GWP100", values);
        }

        return sets;
    }

    private static Dictionary<int, EmissionFactor> LoadGridFactors()
    {
        var t = ReferenceCsv.Load("factors/electricity/grid-factors.csv");
        return t.Rows.ToDictionary(
            r => int.Parse(t.Text(r, "year"), System.Globalization.CultureInfo.InvariantCulture),
            r =>
            {
                var year = int.Parse(t.Text(r, "year"), System.Globalization.CultureInfo.InvariantCulture);
                var u = t.Number(r, "uncertainty");
                return new EmissionFactor($"grid/{year}", "tw-grid", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "electricity",
                    SourceType.Electricity, "", Units.Units.KilowattHour, [new GasFactor(GasSpecies.CO2, t.Number(r, "kgco2e_per_kwh"), u, u)],
                    IsCo2e: true, FactorOrigin.Shipped, $"經濟部能源署 {year} 電力排碳係數 ({t.Text(r, "category")}); {t.Text(r, "source")}", year)
                {
                    Confidence = t.Text(r, "confidence"),
                };
            });
    }

    private static List<EquipmentType> LoadEquipmentTypes()
    {
        var t = ReferenceCsv.Load("factors/fugitive/leak-rates.csv");
        return t.Rows.Select(r => new EquipmentType(
            t.Text(r, "equipment_type"),
            t.Text(r, "moenv_code"),
            t.Text(r, "name_zh"),
            t.Text(r, "name_en"),
            t.Text(r, "examples_zh").Split('|', StringSplitOptions.RemoveEmptyEntries),
            t.Number(r, "leak_rate_pct"),
            t.Text(r, "ipcc_range_pct"))).ToList();
    }

    private static List<EmissionFactor> LoadRefrigerants()
    {
        var t = ReferenceCsv.Load("factors/gwp/refrigerant-blends.csv");
        return t.Rows.Select(r =>
        {
            var name = t.Text(r, "refrigerant");
            var gases = t.Text(r, "composition").Split(';').Select(part =>
            {
                var kv = part.Split('=');
                return new GasFactor(kv[0].Trim(), decimal.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture));
            }).ToList();
            return new EmissionFactor($"refrigerant/{name}", "refrigerants", "ashrae-34", name, SourceType.Fugitive, "", Units.Units.Kilogram, gases,
                IsCo2e: false, FactorOrigin.Shipped, $"{name}: kg released × mass fraction per component (ASHRAE 34 / IPCC 2006 Vol. 3 Ch. 7)")
            {
                Confidence = "H",
            };
        }).ToList();
    }

    private static List<EmissionFactor> LoadOtherFactors()
    {
        var t = ReferenceCsv.Load("factors/fugitive/other-factors.csv");
        return t.Rows.Select(r =>
        {
            var material = t.Text(r, "material");
            var type = Enum.Parse<SourceType>(t.Text(r, "source_type"), ignoreCase: true);
            return new EmissionFactor($"other/{material}", "moenv-other", "6.0.4", material, type, "", UnitOf(t.Text(r, "unit")),
                [new GasFactor(t.Text(r, "species"), t.Number(r, "kg_per_unit"))], IsCo2e: false, FactorOrigin.Shipped,
                $"{t.Text(r, "name_zh")}: {t.Text(r, "method")}; {t.Text(r, "source")}")
            {
                Confidence = t.Text(r, "confidence"),
            };
        }).ToList();
    }

    private static Unit UnitOf(string key) =>
        Units.Units.Find(key) ?? throw new InvalidOperationException($"Unknown unit '{key}' in reference data.");
}
