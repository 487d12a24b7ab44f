namespace Tanpan.Web.Features.Training.Pages;

/// <summary>A session as typed on the course page.</summary>
public sealed class SessionForm
{
    public string? Place { get; set; }

    public string? FirstDate { get; set; }

    public string? Days { get; set; }

    public string? HoursPerDay { get; set; }

    public string? Capacity { get; set; }
}
