using Tanpan.Core.Products;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Documents.Products;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.Products;

public sealed class ProductFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_ChineseHeadersBig5_ProductsOutputsAssignmentsAndDownstream()
    {
        var path = _dir.Write("p.csv",
            "產品代碼,產品名稱,宣告單位,每單位質量,廠區,年度,產量,營收,報廢量,直接指定製程,配送銷售\n" +
            "A,螺絲,pcs,0.012,一廠,2021,\"1,000,000\",\"2,000,000\",500,電鍍；熱處理,0.001\n" +
            "A,螺絲,件,0.012,二廠,2021,\"500,000\",,,\n",
            TextEncodingDetector.Big5);

        var (data, issues) = ProductFile.Read(path);

        issues.ShouldBeEmpty();
        var product = data!.Products.ShouldHaveSingleItem();
        (product.Code, product.DeclaredUnit, product.MassKgPerUnit).ShouldBe(("A", DeclaredUnit.Piece, 0.012m));
        data.Outputs.Select(o => (o.Facility, o.Quantity, o.Revenue?.BaseValue, o.Scrap)).ShouldBe(
            [("一廠", 1_000_000m, (decimal?)2_000_000m, (decimal?)500m), ("二廠", 500_000m, null, null)]);
        data.Assignments.Select(a => a.ProcessOrSource).ShouldBe(["電鍍", "熱處理"]);
        data.Downstream.ShouldHaveSingleItem().ShouldBe(new DownstreamValue("A", LifeCycleStage.Distribution, 0.001m, "p.csv line 2"));
    }

    [Fact]
    public void Read_ProductRowsDisagree_IssueNamesBothLines()
    {
        var path = _dir.Write("p.csv", "code,name,declared_unit,facility,year,quantity\nA,甲,kg,一廠,2021,1\nA,甲,t,二廠,2021,1\n");
        var (data, issues) = ProductFile.Read(path);
        data.ShouldBeNull();
        var issue = issues.ShouldHaveSingleItem();
        (issue.Line, issue.Column).ShouldBe((3, "code"));
        issue.MessageEn.ShouldContain("differ from line 2");
    }

    [Fact]
    public void Read_MissingColumnAndBadCells_EveryIssueWithItsLine()
    {
        var missing = ProductFile.Read(_dir.Write("m.csv", "code,name,declared_unit,facility,year\nA,甲,kg,一廠,2021\n")).Issues.ShouldHaveSingleItem();
        (missing.Line, missing.Column).ShouldBe((1, "quantity"));

        var (_, issues) = ProductFile.Read(_dir.Write("b.csv",
            "code,name,declared_unit,mass_kg_per_unit,facility,year,quantity\nA,甲,piece,,一廠,2021,1\nB,乙,t,999,一廠,2021,1\nC,丙,kg,,一廠,2021,-3\nD,丁,kg,,一廠,二〇二一,1\n"));
        issues.Select(i => (i.Line, i.Column)).ShouldBe([(2, "mass_kg_per_unit"), (3, "mass_kg_per_unit"), (4, "quantity"), (5, "year")]);
    }

    [Fact]
    public void Read_BinaryFile_Refused()
    {
        var path = _dir.WriteBytes("x.csv", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0]);
        ProductFile.Read(path).Issues.ShouldHaveSingleItem().Column.ShouldBe("file");
    }

    [Fact]
    public void ReadBom_ThreeSources_TheirFactorsAndReferences()
    {
        var path = _dir.Write("b.csv",
            "產品代碼,物料,用量,單位,來源,係數,係數單位,出處,版本,一級數據比例\n" +
            "COIL,鋁錠,\"1,030\",kg,supplier,12,kg,鋁錠供應商,urn:x:1,40\n" +
            "COIL,潤滑油,0.5,L,secondary,2.9,L,資料庫,2021\n" +
            "FOIL,鋁捲,1.05,公噸,自製,,,COIL,\n");

        var (lines, issues) = BomFile.Read(path);

        issues.ShouldBeEmpty();
        lines.ShouldNotBeNull();
        lines.Select(l => (l.Line, l.ParentCode, l.QuantityPerUnit, l.Unit)).ShouldBe(
            [(2, "COIL", 1030m, DeclaredUnit.Kilogram), (3, "COIL", 0.5m, DeclaredUnit.Litre), (4, "FOIL", 1.05m, DeclaredUnit.Tonne)]);
        lines[0].Source.ShouldBe(new BomSource.SupplierPcf(12m, DeclaredUnit.Kilogram, "鋁錠供應商", "urn:x:1", 40m));
        lines[1].Source.ShouldBe(new BomSource.SecondaryFactor(2.9m, DeclaredUnit.Litre, "資料庫", "2021"));
        lines[2].Source.ShouldBe(new BomSource.OwnProduct("COIL"));
    }

    [Fact]
    public void ReadBom_BadLines_Refused()
    {
        var (lines, issues) = BomFile.Read(_dir.Write("b.csv",
            "parent_code,material,quantity,unit,source,factor_kg_co2e,reference,version\n" +
            "A,x,1,bbl,secondary,1,db,1\n" +
            "A,y,-2,kg,secondary,1,db,1\n" +
            "A,z,1,kg,magic,,,\n" +
            "A,w,1,kg,secondary,,db,\n"));
        lines.ShouldBeNull();
        issues.Select(i => (i.Line, i.Column)).ShouldBe([(2, "unit"), (3, "quantity"), (4, "source"), (5, "factor_kg_co2e"), (5, "version")]);
    }

    [Fact]
    public void Read_SameOutputTwice_Refused()
    {
        var (data, issues) = ProductFile.Read(_dir.Write("p.csv", "code,name,declared_unit,facility,year,quantity\nA,甲,kg,一廠,2021,1\nA,甲,kg,一 廠,2021,2\n"));
        data.ShouldBeNull();
        (issues.ShouldHaveSingleItem().Line, issues[0].Column).ShouldBe((3, "facility"));
    }
}

