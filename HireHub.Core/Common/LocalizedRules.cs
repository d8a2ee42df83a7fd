using FluentValidation;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Common;

/// <summary>
/// Validation messages from <see cref="CoreText"/>, looked up each time a rule fails. Validators are singletons, built
/// once: <c>WithMessage(text["Key"])</c> would fix the message in whichever language the first request spoke, so a
/// Dutch form could show English errors (or the API Dutch ones) for the life of the process.
/// </summary>
public static class LocalizedRules
{
    /// <summary>The rule's message is <paramref name="key"/> in the person's language, formatted with <paramref name="arguments"/> in their culture.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, IStringLocalizer<CoreText> text, string key, params object[] arguments) =>
        rule.WithMessage(_ => text[key, arguments]);

    /// <summary>The property's name in FluentValidation's own messages (<c>IsInEnum</c>), in the person's language.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithTextName<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, IStringLocalizer<CoreText> text, string key) =>
        rule.WithName(_ => text[key]);
}
