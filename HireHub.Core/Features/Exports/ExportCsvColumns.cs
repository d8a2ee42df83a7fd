using System.Globalization;

namespace HireHub.Core.Features.Exports;

/// <summary>
/// The columns a recruiter's CSV may have, each known by several headers: the API's field name (<c>firstName</c>,
/// <c>recruiter.email</c>) and the Export to HRIS form's label in English and Dutch (<c>First name</c>, <c>Voornaam</c>),
/// as a spreadsheet made from the form or the template has them, plus the few other words people use. A header is
/// compared without case, spaces or punctuation, so <c>first_name</c> and <c>FIRST NAME</c> match too.
/// </summary>
public static class ExportCsvColumns
{
    /// <summary>Every field by its API name, with the other headers it goes by (the form's labels first).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["candidateId"] = ["Candidate ID", "Kandidaat-ID"],
        ["firstName"] = ["First name", "Voornaam"],
        ["middleName"] = ["Middle name", "Tweede voornaam", "Tussenvoegsel"],
        ["lastName"] = ["Last name", "Achternaam"],
        ["email"] = ["Email", "E-mailadres", "Email address", "E-mail"],
        ["phone"] = ["Phone", "Telefoonnummer", "Phone number", "Telefoon"],
        ["startDate"] = ["Start date", "Begindatum", "Employment start date", "Begindatum dienstverband", "Startdatum"],
        ["jobTitle"] = ["Job title", "Functie", "Functietitel"],
        ["location"] = ["Location", "Locatie"],
        ["hrisProvider"] = ["HRIS provider", "HRIS-provider"],
        ["recruiter.name"] = ["Recruiter name", "Naam recruiter"],
        ["recruiter.email"] = ["Recruiter email", "E-mailadres recruiter"],
    };

    private static readonly Dictionary<string, string> ByHeader = Aliases
        .SelectMany(field => field.Value.Prepend(field.Key).Select(header => (Key: Normalize(header), Field: field.Key)))
        // "candidateId" and "Candidate ID" are one header once normalised; two fields sharing one would still throw here.
        .Distinct()
        .ToDictionary(h => h.Key, h => h.Field, StringComparer.Ordinal);

    /// <summary>The API name of the field a header names, or null for a column HireHub does not know (it is ignored).</summary>
    public static string? FieldOf(string header) => ByHeader.GetValueOrDefault(Normalize(header));

    /// <summary>A field as the person's language names it in a message: the form's label (English, or Dutch for nl).</summary>
    public static string Label(string field) =>
        Aliases.TryGetValue(field, out var aliases) ? aliases[CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl" ? 1 : 0] : field;

    /// <summary>The API name (<c>recruiter.email</c>) of a validator's property path (<c>Recruiter.Email</c>).</summary>
    public static string ApiNameOf(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    private static string Normalize(string header) =>
        string.Concat(header.Where(char.IsLetterOrDigit)).ToLower(CultureInfo.InvariantCulture);
}
