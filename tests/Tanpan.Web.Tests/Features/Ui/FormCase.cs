namespace Tanpan.Web.Tests.Features.Ui;

/// <summary>
/// One form of the app as <see cref="FormErrorsTests"/> posts it: the page file and form name that declare it (what
/// <see cref="FormCatalogueTests"/> matches against the source), the route it is shown on in the seeded world, the
/// fields spoiled at once (posted name → what a person might type wrongly), and values a browser adds on submit
/// (the clicked button's name and value).
/// </summary>
internal sealed record FormCase(string Page, string Form, Func<FormWorld, string> Route, IReadOnlyDictionary<string, string> Spoiled)
{
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    public override string ToString() => $"{Page} «{Form}»";
}

/// <summary>A form left out of <see cref="FormErrorsTests"/>, with the reason (no field a person can get wrong, or a test of its own).</summary>
internal sealed record NotApplicable(string Page, string Form, string Reason);
