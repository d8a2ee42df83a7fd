using FluentValidation;
using FluentValidation.Results;

namespace HireHub.Web.Components.Shared;

/// <summary>
/// The messages of a Core validator (or a service's <c>Problem.Errors</c>), per field, for a form to show
/// inline: <c>Error="@errors.Has(nameof(X))" ErrorText="@errors[nameof(X)]"</c>.
/// </summary>
public sealed class FieldErrors
{
    private IDictionary<string, string[]> errors = new Dictionary<string, string[]>();

    public bool Any => errors.Count > 0;

    /// <summary>The fields at fault and their messages, e.g. for the security log, which takes only the names.</summary>
    public IDictionary<string, string[]> All => errors;

    public string? this[string field] => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public bool Has(string field) => errors.ContainsKey(field);

    /// <summary>
    /// What to pass as the <c>Validation</c> of a MudBlazor input that also checks itself (<c>Required</c>): MudBlazor
    /// validates such an input when it loses focus and then shows only its own verdict, and it applies the
    /// <c>Error</c> parameter again only when that parameter changes. Without this, a field marked by the last
    /// submit lost its mark when someone tabbed through it (or clicked the submit button), and the same error on the
    /// next submit stayed hidden. With it, the input's own check answers with the form's last verdict.
    /// </summary>
    public Func<TValue?, string?> Of<TValue>(string field) => _ => this[field];

    public void Set(IDictionary<string, string[]>? fieldErrors) => errors = fieldErrors ?? new Dictionary<string, string[]>();

    public void Set(ValidationResult result) => errors = result.ToDictionary();

    public void Clear() => errors = new Dictionary<string, string[]>();

    /// <summary>Validates the whole model with the same validator the service uses; true when it is valid.</summary>
    public async Task<bool> ValidateAsync<T>(IValidator<T> validator, T model, CancellationToken ct = default)
    {
        var result = await validator.ValidateAsync(model, ct);
        Set(result);
        return result.IsValid;
    }
}
