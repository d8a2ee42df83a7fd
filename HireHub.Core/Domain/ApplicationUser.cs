namespace HireHub.Core.Domain;

/// <summary>
/// A non-interactive user that an applicant tracking system signs in as, identified by the application
/// (client) ID in its app-only token. It belongs to one connection and gets its privileges from its roles.
/// </summary>
public sealed class ApplicationUser : IVersioned
{
    public const int UserNameMaxLength = 200;

    public Guid Id { get; init; } = Guid.NewGuid();

    public required string UserName { get; set; }

    /// <summary>The Entra application (client) ID: <c>azp</c> or <c>appid</c> in its tokens. Unique.</summary>
    public Guid ClientId { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public string? PrimaryEmail { get; set; }

    public Guid ConnectionId { get; set; }

    public AtsConnection? Connection { get; set; }

    public List<ApplicationUserRole> Roles { get; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A security role assigned to an application user.</summary>
public sealed class ApplicationUserRole
{
    public Guid ApplicationUserId { get; init; }

    public ApplicationUser? ApplicationUser { get; set; }

    public Guid SecurityRoleId { get; init; }

    public SecurityRole? SecurityRole { get; set; }
}
