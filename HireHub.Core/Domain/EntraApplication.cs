namespace HireHub.Core.Domain;

/// <summary>
/// An Entra application registered in HireHub: its client ID, a name, and the HireHub person on whose behalf
/// the application's writes are recorded in the audit log. That person must hold HR.
/// </summary>
public sealed class EntraApplication : IVersioned
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ClientId { get; set; }

    public required string Name { get; set; }

    public string? ActingPersonId { get; set; }

    public HireHubPerson? ActingPerson { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
