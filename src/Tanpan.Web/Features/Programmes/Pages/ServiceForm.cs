namespace Tanpan.Web.Features.Programmes.Pages;

/// <summary>A service's terms as typed on the service page.</summary>
public sealed class ServiceForm
{
    public string? Quota { get; set; }

    public string? CoPaymentNtd { get; set; }

    public string? DeliveredBy { get; set; }

    public string? OpensOn { get; set; }

    public string? ClosesOn { get; set; }
}
