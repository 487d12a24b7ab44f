namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// 產業別 as 附表1 lists them (seed 004): the 26 manufacturing divisions 08–33 of 行業統計分類 (Standard Industrial
/// Classification of the R.O.C.), section C. The English names follow the classification's English edition.
/// </summary>
public static class IndustryCodes
{
    public sealed record Industry(string Code, string NameZh, string NameEn);

    public static IReadOnlyList<Industry> All { get; } =
    [
        new("08", "食品製造業", "Food products"),
        new("09", "飲料製造業", "Beverages"),
        new("10", "菸草製造業", "Tobacco products"),
        new("11", "紡織業", "Textiles"),
        new("12", "成衣及服飾品製造業", "Wearing apparel and clothing accessories"),
        new("13", "皮革、毛皮及其製品製造業", "Leather, fur and related products"),
        new("14", "木竹製品製造業", "Wood and bamboo products"),
        new("15", "紙漿、紙及紙製品製造業", "Pulp, paper and paper products"),
        new("16", "印刷及資料儲存媒體複製業", "Printing and reproduction of recorded media"),
        new("17", "石油及煤製品製造業", "Petroleum and coal products"),
        new("18", "化學材料製造業", "Chemical materials"),
        new("19", "化學製品製造業", "Chemical products"),
        new("20", "藥品及醫用化學製品製造業", "Pharmaceuticals and medicinal chemical products"),
        new("21", "橡膠製品製造業", "Rubber products"),
        new("22", "塑膠製品製造業", "Plastics products"),
        new("23", "非金屬礦物製品製造業", "Other non-metallic mineral products"),
        new("24", "基本金屬製造業", "Basic metals"),
        new("25", "金屬製品製造業", "Fabricated metal products"),
        new("26", "電子零組件製造業", "Electronic parts and components"),
        new("27", "電腦、電子產品及光學製品製造業", "Computers, electronic and optical products"),
        new("28", "電力設備製造業", "Electrical equipment"),
        new("29", "機械設備製造業", "Machinery and equipment"),
        new("30", "汽車及其零件製造業", "Motor vehicles and parts"),
        new("31", "其他運輸工具及零件製造業", "Other transport equipment and parts"),
        new("32", "家具製造業", "Furniture"),
        new("33", "其他製造業", "Other manufacturing"),
    ];
}
