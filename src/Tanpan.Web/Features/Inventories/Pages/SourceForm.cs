using System.Globalization;
using Tanpan.Core.Sources;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Inventories.Pages;

/// <summary>An emission source as typed on the register's add form and the source's edit form.</summary>
public sealed class SourceForm
{
    public string? FacilityId { get; set; }

    /// <summary>The source's version when the form was opened; a save from an older one is refused with 409.</summary>
    public string? Version { get; set; }

    public string? Process { get; set; }

    public string? Equipment { get; set; }

    public string? EquipmentType { get; set; }

    /// <summary>A <see cref="SourceTypes.Key"/> (stationary, electricity …).</summary>
    public string? SourceType { get; set; }

    /// <summary>A material key of the catalogue.</summary>
    public string? Material { get; set; }

    /// <summary>1–6, or empty for the type's default.</summary>
    public string? Category { get; set; }

    public string? SignificanceR { get; set; }

    public string? SignificanceC { get; set; }

    public string? SignificanceP { get; set; }

    public bool RequiredByLawOrCustomer { get; set; }

    public static SourceForm From(EmissionSource s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new()
        {
            FacilityId = s.FacilityId.ToString(),
            Version = s.RowVersion.ToString(CultureInfo.InvariantCulture),
            Process = s.Process,
            Equipment = s.Equipment,
            EquipmentType = s.EquipmentType,
            SourceType = SourceTypes.Key(s.SourceType),
            Material = s.MaterialKey,
            Category = s.Category.ToString(CultureInfo.InvariantCulture),
            SignificanceR = s.SignificanceR?.ToString(CultureInfo.InvariantCulture),
            SignificanceC = s.SignificanceC?.ToString(CultureInfo.InvariantCulture),
            SignificanceP = s.SignificanceP?.ToString(CultureInfo.InvariantCulture),
            RequiredByLawOrCustomer = s.RequiredByLawOrCustomer,
        };
    }

    /// <summary>The API request: the selects post known values, so nothing here can fail to parse (an unknown value is the API's to reject).</summary>
    public SourceRequest ToRequest() => new(
        Guid.TryParse(FacilityId, out var facility) ? facility : null, Process, Equipment, EquipmentType, SourceType, Material,
        Int(Category), Int(SignificanceR), Int(SignificanceC), Int(SignificanceP), RequiredByLawOrCustomer);

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
