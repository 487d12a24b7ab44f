namespace Tanpan.Web.Features.Training;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;TrainingResource&gt;</c>: the strings of the training pages in
/// <c>TrainingResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class TrainingResource;
