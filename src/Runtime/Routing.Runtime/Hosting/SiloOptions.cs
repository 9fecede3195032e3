using System.ComponentModel.DataAnnotations;

namespace Routing.Runtime.Hosting;

/// <summary>Identity of the silo and of the service it belongs to. Bound from the <c>Routing:Silo</c> section.</summary>
public sealed class SiloOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Routing:Silo";

    /// <summary>
    /// The service id: every silo of one deployment shares it, and it scopes every storage, reminder and (later)
    /// membership row, so two deployments can share a database. Default: <c>routing</c>.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^[A-Za-z0-9_.-]{1,64}$", ErrorMessage = "Routing:Silo:ServiceId must be 1-64 letters, digits, '_', '.' or '-'.")]
    public string ServiceId { get; set; } = "routing";

    /// <summary>This silo's name, for logs. Default: the machine name.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SiloName { get; set; } = Environment.MachineName;
}
