namespace HireHub.Core.Common;

public static class FullName
{
    public static string Of(string firstName, string? middleName, string lastName) =>
        string.IsNullOrWhiteSpace(middleName) ? $"{firstName} {lastName}" : $"{firstName} {middleName} {lastName}";
}
