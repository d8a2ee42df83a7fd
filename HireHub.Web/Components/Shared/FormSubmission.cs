using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using HireHub.Core.Common;
using HireHub.Web.Authentication;
using HireHub.Web.Security;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Components.Shared;

/// <summary>What became of a submission: saved with its value, or refused or failed with what the form shows.</summary>
/// <param name="Problem">The service's refusal, when it gave one (its kind decides what a form does next).</param>
/// <param name="Message">The message above the form: the refusal's, or "saving failed"; null when saved, or when only fields are at fault.</param>
public readonly record struct Submission<T>(
    [property: MemberNotNullWhen(true, nameof(Submission<T>.Value))] bool Saved,
    T? Value,
    Problem? Problem,
    string? Message);

/// <summary>
/// The one way a form, dialog or row action hands work to a Core service: validate with the service's own validator
/// (fields at fault shown inline, the refusal written to the security log), save as the signed-in person, show the
/// service's refusal at the fields and above the form, and catch what the store throws. A failure is logged and shown
/// as "saving failed" with everything the person entered kept; it never reaches the circuit, which it would end, and
/// the person with it.
/// </summary>
public sealed class FormSubmission(CurrentActor currentActor, SecurityEvents security, IStringLocalizer<WebText> text, ILogger<FormSubmission> logger)
{
    /// <summary>Validates <paramref name="request"/> first; nothing is saved while a field is at fault.</summary>
    /// <param name="form">What is submitted, for the logs ("hire", "security role"); never a person's data.</param>
    public Task<Submission<T>> SubmitAsync<TRequest, T>(
        string form, FieldErrors errors, IValidator<TRequest> validator, TRequest request, Func<Actor, Task<Result<T>>> save) =>
        SaveAsync(form, errors, save, validate: () => errors.ValidateAsync(validator, request));

    /// <summary>Saves; the service validates, and its field errors land in <paramref name="errors"/>.</summary>
    /// <param name="failed">The message for a failure, when "saving failed" would not say what failed.</param>
    public Task<Submission<T>> SubmitAsync<T>(string form, FieldErrors? errors, Func<Actor, Task<Result<T>>> save, string? failed = null) =>
        SaveAsync(form, errors, save, validate: null, failed);

    /// <summary>An action on a row or a page (dismiss, link, delete): no fields, only a message to show.</summary>
    public Task<Submission<T>> ActAsync<T>(string action, Func<Actor, Task<Result<T>>> act) =>
        SaveAsync(action, errors: null, act, validate: null);

    /// <summary>Work that reads rather than saves (a table's next page): null when it ran, else the message to show.</summary>
    public async Task<string?> RunAsync(string what, Func<Task> work, string failed)
    {
        try
        {
            await work();
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Showing {What} failed", what);
            return failed;
        }
    }

    private async Task<Submission<T>> SaveAsync<T>(string form, FieldErrors? errors, Func<Actor, Task<Result<T>>> save, Func<Task<bool>>? validate, string? failed = null)
    {
        try
        {
            // Inside the try: a validator may ask the database (is this client ID taken?).
            if (validate is not null && !await validate())
            {
                security.ValidationRefused(form, await currentActor.UserAsync(), errors?.All);
                return new(false, default, null, null);
            }

            var outcome = await save(await currentActor.GetAsync());
            if (outcome.Succeeded)
            {
                errors?.Clear();
                return new(true, outcome.Value, null, null);
            }

            errors?.Set(outcome.Problem.Errors);
            if (outcome.Problem.Kind == ProblemKind.Invalid)
            {
                security.ValidationRefused(form, await currentActor.UserAsync(), outcome.Problem.Errors);
            }

            return new(false, default, outcome.Problem, outcome.Problem.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store failed, not the person: the form keeps what they entered so they can try again.
            logger.LogError(ex, "Submitting {Form} failed", form);
            return new(false, default, null, failed ?? text["SaveFailed"]);
        }
    }
}
