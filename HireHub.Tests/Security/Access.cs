namespace HireHub.Tests.Security;

/// <summary>Who may use a route: nobody needs to sign in, any signed-in person, people in a role, or applications through the API policy.</summary>
public enum Access
{
    Anonymous,
    SignedIn,
    Hr,
    Recruiter,
    RecruiterOrHr,
    Admin,
    HrOrAdmin,
    Api,
}
