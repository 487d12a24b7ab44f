namespace Tanpan.Web.Data.Entities;

/// <summary>One line of 附表1's 主要產品與近一年產量: a product and last year's output in its unit (計算單位).</summary>
public sealed class ProgrammeApplicationProduct : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ApplicationId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public decimal Output { get; set; }

    public required string Unit { get; set; }
}
