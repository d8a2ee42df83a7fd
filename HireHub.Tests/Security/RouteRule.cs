namespace HireHub.Tests.Security;

/// <summary>A route's access, and what it answers a caller it lets in (a page's POST without its antiforgery token is 400).</summary>
public sealed record RouteRule(Access Access, int Allowed);
