using System.Net.Mail;
using FluentValidation;
using HireHub.Core.Domain;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Common;

/// <summary>What is wrong with an email address, so the message can say it.</summary>
public enum EmailProblem
{
    None,
    Whitespace,
    NotOneAt,
    LocalPartTooLong,
    DomainWithoutDot,
    Invalid,
    TooLong,
}

/// <summary>
/// The one rule for every email address HireHub stores: the Hire new worker dialog, the API, the Export to HRIS form,
/// the CSV upload and worker edits all go through <see cref="Rule{T}"/>, and the Candidates to hire panel flags a
/// stored address that breaks it. The syntax is judged by <see cref="MailAddress"/>, the BCL's RFC 5322 parser,
/// rather than a hand regex: it is maintained with .NET, has no backtracking to time out, and knows quoted local parts
/// and internationalised names. (FluentValidation's <c>EmailAddress()</c> only looks for an @ between two characters,
/// which let <c>fatima zahra@example</c> through; its <c>Net4xRegex</c> mode is obsolete.) Around it sit the checks a
/// mailbox needs that the parser allows: no whitespace, exactly one @, a domain of dotted labels (letters, digits,
/// hyphens) with a top-level part that is not a number, and the length limits of RFC 5321 (64 before the @, 254 in all),
/// and no display name (<c>Zoe &lt;zoe@example.com&gt;</c>).
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = ContactDetails.EmailMaxLength;
    public const int LocalPartMaxLength = 64;
    private const int LabelMaxLength = 63;

    public static bool IsValid(string? value) => Check(value) == EmailProblem.None;

    /// <summary>What is wrong with <paramref name="value"/>, ignoring whitespace around it (stored values are trimmed).</summary>
    public static EmailProblem Check(string? value)
    {
        var address = value?.Trim() ?? "";
        if (address.Length == 0)
        {
            return EmailProblem.Invalid;
        }

        if (address.Length > MaxLength)
        {
            return EmailProblem.TooLong;
        }

        if (address.Any(char.IsWhiteSpace))
        {
            return EmailProblem.Whitespace;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at < 0 || at != address.LastIndexOf('@'))
        {
            return EmailProblem.NotOneAt;
        }

        if (at > LocalPartMaxLength)
        {
            return EmailProblem.LocalPartTooLong;
        }

        var labels = address[(at + 1)..].Split('.');
        if (labels.Length < 2)
        {
            return EmailProblem.DomainWithoutDot;
        }

        // MailAddress forgives a dot at either end of an unquoted local part, or two together, which RFC 5322 does not.
        var local = address[..at];
        var localIsDotAtom = local.Length > 0 && (local[0] == '"' || local.Split('.').All(part => part.Length > 0));
        if (!localIsDotAtom || !labels.All(IsDomainLabel) || labels[^1].All(char.IsAsciiDigit))
        {
            return EmailProblem.Invalid;
        }

        return MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && string.IsNullOrEmpty(parsed.DisplayName)
            ? EmailProblem.None
            : EmailProblem.Invalid;
    }

    // Letters (any script: internationalised domains), digits and inner hyphens; no IP literals, no underscores.
    private static bool IsDomainLabel(string label) =>
        label.Length is > 0 and <= LabelMaxLength && label[0] != '-' && label[^1] != '-' && label.All(c => char.IsLetterOrDigit(c) || c == '-');

    /// <summary>The email rule for an optional value (pair it with <c>NotEmpty()</c> where the address is required).</summary>
    public static IRuleBuilderOptionsConditions<T, string?> Rule<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<CoreText> text) =>
        rule.Custom((value, context) =>
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            var problem = Check(value);
            if (problem != EmailProblem.None)
            {
                context.AddFailure(Message(text, problem));
            }
        });

    public static string Message(IStringLocalizer<CoreText> text, EmailProblem problem) => problem switch
    {
        EmailProblem.TooLong => text["TooLong", MaxLength],
        EmailProblem.Whitespace => text["EmailWhitespace"],
        EmailProblem.NotOneAt => text["EmailOneAt"],
        EmailProblem.LocalPartTooLong => text["EmailLocalPartTooLong", LocalPartMaxLength],
        EmailProblem.DomainWithoutDot => text["EmailDomainWithoutDot"],
        _ => text["EmailInvalid"],
    };
}
