using Tanpan.Core.Quality;
using Tanpan.Core.Units;

namespace Tanpan.Core.Sources;

/// <summary>
/// The derived scores (自動評分) for a factor the organisation has not scored. ISO 14064-1:2018 §5.2.3 asks the organisation
/// to define its own significance criteria and names among them magnitude, level of influence (the ability to monitor and
/// reduce), risk or opportunity, sector guidance, outsourcing and employee engagement; the MOENV 溫室氣體排放量盤查作業指引
/// (113年版) follows it and fixes no scoring. Tanpan scores the three criteria it can read from the inventory itself —
/// magnitude (R), influence (C) and data availability (P) — with the bands below; the reasons are in
/// docs/register-format.md ("Significance").
/// </summary>
public static partial class SignificanceRule
{
    /// <summary>
    /// R 排放量 from the source's share of the inventory total: 5 at 5 % or more (the materiality commonly applied in verification
    /// at reasonable assurance), 4 at 1 %, 3 at 0.5 %, 2 at 0.05 % (below 0.05 % and 5 t CO₂e the 盤查登錄及查驗管理辦法 as amended
    /// on 114-12-19, art. 3, lets fugitive sources of one type reuse their last registered figure), else 1. A zero or negative total gives 1.
    /// </summary>
    public static int DeriveR(Co2e source, Co2e total)
    {
        if (total.Kilograms <= 0)
        {
            return 1;
        }

        var share = source.Kilograms / total.Kilograms;
        return share >= 0.05m ? 5 : share >= 0.01m ? 4 : share >= 0.005m ? 3 : share >= 0.0005m ? 2 : 1;
    }

    /// <summary>
    /// C 控制程度 from the ISO 14064-1 category (level of influence, §5.2.3): 5 for categories 1–2 (the organisation operates
    /// the source or draws the energy: it decides how much); 3 for categories 3 (transport: it picks mode, carrier and route)
    /// and 4 (products it uses: it picks what and from whom it buys, how its waste is handled); 2 for categories 5 (use of its
    /// products: eco-design only) and 6 (other). A source's type counts through its default category (<see cref="SourceTypes.Category"/>).
    /// </summary>
    public static int DeriveC(int category) => category switch
    {
        1 or 2 => 5,
        3 or 4 => 3,
        5 or 6 => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "The ISO 14064-1 category must be 1 to 6."),
    };

    /// <summary>
    /// P 數據取得 from the activity-data type (A1) and instrument calibration (A2) of the source's worst data-source method,
    /// as sheet 4-數據品質管理 grades it (<see cref="DataSourceMethods.Worst"/>): A1 × A2 = 1 → 5 (continuous, externally
    /// calibrated), 2 → 4 (a bill, a fuel card, plant meter logs), 3–4 → 3 (purchases and stock, site tallies), 6 → 2 (a
    /// nameplate charge), 9 → 1 (an estimate, an amount from money paid, or nothing known).
    /// </summary>
    public static int DeriveP(DataSourceMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return (method.ActivityLevel * method.CalibrationLevel) switch
        {
            1 => 5,
            2 => 4,
            3 or 4 => 3,
            6 => 2,
            _ => 1,
        };
    }

    /// <summary>
    /// The factors as used: each one the organisation scored (<paramref name="r"/>, <paramref name="c"/>, <paramref name="p"/>,
    /// 1–5) is kept, each one it left null is derived (<see cref="DeriveR"/>, <see cref="DeriveC"/>, <see cref="DeriveP"/>).
    /// </summary>
    public static SignificanceScores Assess(int category, int? r, int? c, int? p, Co2e source, Co2e total, DataSourceMethod method)
    {
        var derived = (r is null ? SignificanceFactors.R : 0) | (c is null ? SignificanceFactors.C : 0) | (p is null ? SignificanceFactors.P : 0);
        return new(r ?? DeriveR(source, total), c ?? DeriveC(category), p ?? DeriveP(method), derived);
    }
}
