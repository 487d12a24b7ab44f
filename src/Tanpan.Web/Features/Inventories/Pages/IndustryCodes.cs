namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>The manufacturing divisions 08–33 as listed on the MOEA application form (seed 004, 附表1 產業別分類).</summary>
public static class IndustryCodes
{
    public static readonly IReadOnlyList<(string Code, string NameZh, string NameEn)> All =
    [
        ("08", "食品製造業", "Food products"),
        ("09", "飲料製造業", "Beverages"),
        ("10", "菸草製造業", "Tobacco products"),
        ("11", "紡織業", "Textiles"),
        ("12", "成衣及服飾品製造業", "Wearing apparel and clothing accessories"),
        ("13", "皮革、毛皮及其製品製造業", "Leather, fur and related products"),
        ("14", "木竹製品製造業", "Wood and bamboo products"),
        ("15", "紙漿、紙及紙製品製造業", "Pulp, paper and paper products"),
        ("16", "印刷及資料儲存媒體複製業", "Printing and reproduction of recorded media"),
        ("17", "石油及煤製品製造業", "Petroleum and coal products"),
        ("18", "化學材料製造業", "Chemical materials"),
        ("19", "化學製品製造業", "Chemical products"),
        ("20", "藥品及醫用化學製品製造業", "Pharmaceuticals and medicinal chemical products"),
        ("21", "橡膠製品製造業", "Rubber products"),
        ("22", "塑膠製品製造業", "Plastic products"),
        ("23", "非金屬礦物製品製造業", "Other non-metallic mineral products"),
        ("24", "基本金屬製造業", "Basic metals"),
        ("25", "金屬製品製造業", "Fabricated metal products"),
        ("26", "電子零組件製造業", "Electronic parts and components"),
        ("27", "電腦、電子產品及光學製品製造業", "Computers, electronic and optical products"),
        ("28", "電力設備製造業", "Electrical equipment"),
        ("29", "機械設備製造業", "Machinery and equipment"),
        ("30", "汽車及其零件製造業", "Motor vehicles and parts"),
        ("31", "其他運輸工具及零件製造業", "Other transport equipment and parts"),
        ("32", "家具製造業", "Furniture"),
        ("33", "其他製造業", "Other manufacturing"),
    ];
}
