namespace HireHub.Web.Authentication;

/// <summary>The app roles people sign in with (Entra app roles, or the local demo sign-in).</summary>
public static class HireHubRoles
{
    public const string HR = "HR";
    public const string Recruiter = "Recruiter";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [HR, Recruiter, Admin];
}
