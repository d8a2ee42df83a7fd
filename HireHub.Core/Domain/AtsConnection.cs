namespace HireHub.Core.Domain;

public enum ConnectionStatus
{
    Unlinked = 0,
    Linked = 1,
}

/// <summary>An applicant tracking system linked to this HireHub environment.</summary>
public sealed class AtsConnection : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; set; }

    /// <summary><c>LinkedInTalentHub</c> or <c>GenericAts</c>.</summary>
    public required string Provider { get; set; }

    /// <summary>The application (client) ID the ATS signs in with; its application user and Entra application carry the same.</summary>
    public Guid ClientId { get; set; }

    public ConnectionStatus Status { get; set; }

    public string? DefaultLegalEntityId { get; set; }

    /// <summary>ISO 3166 region used to read phone numbers written without a country code, e.g. <c>US</c>.</summary>
    public string DefaultPhoneRegion { get; set; } = "US";

    public Guid Version { get; set; } = Guid.NewGuid();
}
