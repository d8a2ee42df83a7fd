namespace HireHub.Tests.Security;

/// <summary>Proof 3's columns: nobody, the three demo people with their sign-in cookie, and applications with a bearer token.</summary>
public enum Caller
{
    Anonymous,
    Hr,
    Recruiter,
    Admin,
    AppUnregistered,
    AppWithoutRole,
    AppUnlinked,
    AppTableDisabled,
    AppTokenExpired,
    AppTokenWrongAudience,
    AppRegistered,
}
