using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Data.Entities;
using Product = Tanpan.Web.Data.Entities.Product;

namespace Tanpan.Web.Features.Products.Pages;

/// <summary>A product with its bill of materials: add a line (validated by <see cref="ProductService.AddBomLineAsync"/>), remove one, delete the product.</summary>
public partial class ProductDetails
{
    private Product? _product;
    private List<ProductBomLine> _bom = [];
    private List<Product> _others = [];
    private List<ProductStageValue> _stages = [];

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromForm(FormName = "add-line")]
    private BomForm? Line { get; set; }

    [SupplyParameterFromForm(FormName = "remove-line")]
    private string? RemoveLine { get; set; }

    [SupplyParameterFromForm(FormName = "set-stage")]
    private StageValueForm? Stage { get; set; }

    [SupplyParameterFromForm(FormName = "remove-stage")]
    private string? RemoveStage { get; set; }

    private string? StageError { get; set; }

    [SupplyParameterFromForm(FormName = "delete-product")]
    private string? Delete { get; set; }

    private string? DeleteError { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (!EnsureProductReader())
        {
            return;
        }

        await LoadAsync();
        if (_product is null)
        {
            NotFound();
            return;
        }

        Line ??= new();
        Stage ??= new();
    }

    private async Task LoadAsync()
    {
        _product = await Products.FindAsync(Id, Aborted);
        _bom = _product is null ? [] : await Products.BomAsync(Id, Aborted);
        _others = [.. (await Products.ListAsync(Aborted)).Where(p => p.Id != Id)];
        _stages = _product is null ? [] : await Products.StageValuesAsync(Id, Aborted);
    }

    private string Reference(ProductBomLine line) => line.SourceKind switch
    {
        BomSourceKinds.Product => _others.FirstOrDefault(o => o.Id == line.ComponentProductId) is { } c ? $"{c.Code} · {c.Name}" : "—",
        _ => string.Join(" ", new[] { line.FactorSource, line.FactorVersion }.OfType<string>()),
    };

    private async Task AddLineAsync()
    {
        if (_product is null)
        {
            return;
        }

        var form = Line!;
        var quantity = Number("quantityPerUnit", form.QuantityPerUnit);
        var factor = Number("kgCo2ePerUnit", form.KgCo2ePerUnit);
        var share = Number("primaryDataShare", form.PrimaryDataShare);
        Guid? component = Guid.TryParse(form.ComponentProductId, out var c) ? c : null;
        var request = new BomLineRequest(form.Material, quantity, form.Unit, form.SourceKind, factor, form.FactorSource, form.FactorVersion, share, component);
        if (Errors.Count > 0)
        {
            await CheckOtherFieldsAsync(async () => (await Products.AddBomLineAsync(Id, request, Aborted)).Result);
            return;
        }

        switch ((await Products.AddBomLineAsync(Id, request, Aborted)).Result)
        {
            case Created<ProductBomLine>:
                Nav.NavigateTo($"/products/{Id}#bom");
                return;
            case ValidationProblem invalid:
                Show(invalid);
                break;
            case ProblemHttpResult problem:
                Show(problem);
                break;
        }

        Db.ChangeTracker.Clear();
    }

    private async Task RemoveLineAsync()
    {
        if (_product is null || !Guid.TryParse(RemoveLine, out var lineId))
        {
            return;
        }

        if ((await Products.RemoveBomLineAsync(Id, lineId, Aborted)).Result is ProblemHttpResult problem)
        {
            Db.ChangeTracker.Clear();
            Show(problem);
            return;
        }

        Nav.NavigateTo($"/products/{Id}#bom");
    }

    private async Task DeleteAsync()
    {
        if (_product is null)
        {
            return;
        }

        if ((await Products.DeleteAsync(Id, Aborted)).Result is ProblemHttpResult problem)
        {
            Db.ChangeTracker.Clear();
            DeleteError = English ? problem.ProblemDetails.Detail : problem.ProblemDetails.Title;
            return;
        }

        Nav.NavigateTo("/products");
    }

    private async Task SetStageAsync()
    {
        var kg = Number("kgCo2ePerUnit", Stage!.KgCo2ePerUnit);
        if (_product is null)
        {
            return;
        }

        if (Errors.Count > 0)
        {
            await CheckOtherFieldsAsync(async () => (await Products.SetStageValueAsync(Id, new StageValueRequest(Stage.Stage, kg, Stage.Source), Aborted)).Result);
            return;
        }

        switch ((await Products.SetStageValueAsync(Id, new StageValueRequest(Stage.Stage, kg, Stage.Source), Aborted)).Result)
        {
            case Ok<ProductStageValue>:
                Nav.NavigateTo($"/products/{Id}#later-stages");
                return;
            case ValidationProblem invalid:
                Show(invalid);
                break;
            case ProblemHttpResult problem:
                StageError = English ? problem.ProblemDetails.Detail : problem.ProblemDetails.Title;
                break;
        }

        Db.ChangeTracker.Clear();
    }

    private async Task RemoveStageAsync()
    {
        if (_product is null || !Guid.TryParse(RemoveStage, out var valueId))
        {
            return;
        }

        if ((await Products.RemoveStageValueAsync(Id, valueId, Aborted)).Result is ProblemHttpResult problem)
        {
            Db.ChangeTracker.Clear();
            StageError = English ? problem.ProblemDetails.Detail : problem.ProblemDetails.Title;
            return;
        }

        Nav.NavigateTo($"/products/{Id}#later-stages");
    }
}
