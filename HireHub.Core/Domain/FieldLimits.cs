namespace HireHub.Core.Domain;

public static class PersonName
{
    public const int MaxLength = 100;
}

public static class ContactDetails
{
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 32;
}

public static class CandidateFields
{
    public const int CandidateIdMaxLength = 100;
    public const int TextMaxLength = 200;
    public const int CommentMaxLength = 1000;
}
