namespace Tanpan.Cli.Tests.Tariffs;

/// <summary>The <c>tariff bill --json</c> and <c>tariff shift --json</c> answers fixed byte for byte (exact amounts, inputs, legs).</summary>
public sealed class TariffJsonTests
{
    [Fact]
    public void BillJson_HighVoltageThreeStageJuly2025WithPowerFactor_MatchesApproved() =>
        Approvals.Verify(Cli.Run("tariff", "bill", "--plan", "high_voltage_three_stage", "--month", "2025-07",
            "--kwh", "peak=100000,semi_peak=150000,saturday_semi_peak=20000,off_peak=200000",
            "--contract-kw", "regular=1000,semi_peak=200,saturday_semi_peak=100,off_peak=700",
            "--max-demand-kw", "peak=1050,semi_peak=1350,saturday_semi_peak=1300,off_peak=2100", "--power-factor", "92", "--json"));

    /// <summary>No power factor given: <c>power_factor_percent</c> is null and the counted percentage is left out.</summary>
    [Fact]
    public void BillJson_MayWithoutPowerFactor_MatchesApproved() =>
        Approvals.Verify(Cli.Run("tariff", "bill", "--plan", "high_voltage_three_stage", "--month", "2025-05",
            "--kwh", "summer:semi_peak=1000,non-summer:semi_peak=3000", "--json"));

    [Fact]
    public void ShiftJson_SeedExample1_MatchesApproved() =>
        Approvals.Verify(Cli.Run("tariff", "shift", "--plan", "three_stage_2023_example", "--voltage", "high", "--season", "summer", "--day", "weekday",
            "--kwh", "27920", "--from", "peak", "--to", "semi_peak=0.8,off_peak=0.2", "--json"));

    [Fact]
    public void ShiftJson_BlockAcrossAPeriodBoundary_MatchesApproved() =>
        Approvals.Verify(Cli.Run("tariff", "shift", "--plan", "high_voltage_three_stage", "--season", "summer", "--day", "weekday",
            "--block-kw", "100", "--window", "21:00-23:00", "--to-window", "08:00-10:00", "--days", "10", "--json"));

}
