namespace Tanpan.Web.Features.Training.Pages;

/// <summary>A course as typed on the new-course form.</summary>
public sealed class CourseForm
{
    public string? TierKey { get; set; } = "seed";

    public string? Title { get; set; }

    public string? Description { get; set; }
}
