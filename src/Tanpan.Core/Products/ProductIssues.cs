namespace Tanpan.Core.Products;

/// <summary>The issues a footprint calculation reports, each with its stable message key and both languages.</summary>
public static class ProductIssues
{
    public static ProductIssue DuplicateProduct(string code) => new("product.duplicate", code,
        $"產品代碼「{code}」重複", $"product code '{code}' appears more than once");

    public static ProductIssue UnknownProduct(string code, string where) => new("product.unknown", code,
        $"{where}的產品代碼「{code}」不在產品清單中", $"product code '{code}' in {where} is not in the product list");

    public static ProductIssue BadMass(string code, decimal mass, DeclaredUnit unit) => new("product.mass", code,
        $"產品「{code}」每宣告單位質量 {mass} kg 不符宣告單位 {unit.NameZh}", $"product '{code}': mass per declared unit {mass} kg does not fit the declared unit {unit.Key}");

    public static ProductIssue Negative(string subject, string whatZh, string whatEn, decimal value) => new("product.negative", subject,
        $"「{subject}」的{whatZh}不可為負數（{value}）", $"'{subject}': {whatEn} must not be negative ({value})");

    public static ProductIssue NoOutput(string code, int year) => new("product.output.missing", code,
        $"產品「{code}」{year} 年沒有產量，無法計算每單位碳足跡", $"product '{code}' has no output in {year}, so no footprint per unit can be calculated");

    public static ProductIssue UnitMismatch(string parent, string material, DeclaredUnit line, DeclaredUnit expected) => new("product.bom.unit", parent,
        $"產品「{parent}」物料「{material}」的單位 {line.Key} 無法換算為係數或子產品的單位 {expected.Key}",
        $"product '{parent}', material '{material}': unit {line.Key} cannot be converted to the factor's or component's unit {expected.Key}");

    public static ProductIssue Cycle(IReadOnlyList<string> path) => new("product.bom.cycle", path[0],
        $"物料清單循環引用：{string.Join(" → ", path)}", $"the bill of materials refers to itself: {string.Join(" → ", path)}");

    public static ProductIssue Share(string subject, decimal value) => new("product.bom.primary_share", subject,
        $"「{subject}」的供應商一級數據比例 {value} 須介於 0 與 100", $"'{subject}': the supplier's primary-data share {value} must be between 0 and 100");

    public static ProductIssue AssignedTwice(string facility, string process) => new("product.assignment.duplicate", process,
        $"廠區「{facility}」的製程／排放源「{process}」指定給多個產品", $"facility '{facility}', process or source '{process}' is assigned to more than one product");

    public static ProductIssue DownstreamStage(string code, LifeCycleStage stage) => new("product.downstream.stage", code,
        $"產品「{code}」：{LifeCycleStages.NameZh(stage)}階段由盤查與物料清單計算，不可另填", $"product '{code}': the {LifeCycleStages.NameEn(stage)} stage is calculated from the inventory and BOM and cannot be supplied");

    public static ProductIssue Years(IEnumerable<int> years) => new("product.year", "",
        $"盤查資料含多個年度（{string.Join("、", years)}），請指定年度", $"the inventory holds several years ({string.Join(", ", years)}): choose one");

    public static ProductIssue NoProducts(string facility, decimal kg) => new("product.allocation.no_output", facility,
        $"廠區「{facility}」有 {kg} kgCO2e 排放但無任何產品產量可分配", $"facility '{facility}' has {kg} kg CO2e but no product output to allocate it to");

    public static ProductIssue NoKey(string facility, string code) => new("product.allocation.no_key", facility,
        $"廠區「{facility}」無法分配：產品「{code}」缺少質量或營收等分配基準", $"facility '{facility}' cannot be allocated: product '{code}' has neither a physical key nor revenue");
}
