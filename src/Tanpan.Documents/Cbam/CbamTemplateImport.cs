namespace Tanpan.Documents.Cbam;

/// <summary>
/// What <see cref="CbamTemplateReader"/> takes from a supplier's filled communication template: the installation
/// (A_InstData section 2), the reporting period and, per product of Summary_Products, the CN code with its specific
/// embedded emissions — values to use as a purchased precursor's SEE. <see cref="Errors"/> is empty when the file was
/// read; otherwise nothing else is to be used.
/// </summary>
public sealed record CbamTemplateImport(
    CbamImportedInstallation? Installation,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    IReadOnlyList<CbamImportedProduct> Products,
    IReadOnlyList<CbamTemplateError> Errors)
{
    /// <summary>True when the file was read without an error.</summary>
    public bool Succeeded => Errors.Count == 0;
}
