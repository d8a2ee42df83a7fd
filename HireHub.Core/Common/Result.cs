using System.Diagnostics.CodeAnalysis;

namespace HireHub.Core.Common;

public enum ProblemKind
{
    Invalid,
    NotFound,
    Conflict,

    /// <summary>An idempotency key came back with a different request than the one it was first used for.</summary>
    KeyReused,
}

/// <summary>An expected way for an operation to fail, in words a person can read.</summary>
public sealed record Problem(ProblemKind Kind, string Message, IDictionary<string, string[]>? Errors = null)
{
    public static Problem Invalid(IDictionary<string, string[]> errors, string message) => new(ProblemKind.Invalid, message, errors);

    public static Problem NotFound(string message) => new(ProblemKind.NotFound, message);

    public static Problem Conflict(string message) => new(ProblemKind.Conflict, message);
}

/// <summary>
/// Either a value or the <see cref="Problem"/> that prevented it. <see cref="Succeeded"/> tells the compiler which:
/// after <c>if (result.Succeeded)</c> the value is there, otherwise the problem is, so no caller needs a <c>!</c>.
/// </summary>
public readonly record struct Result<T>
{
    private Result(T? value, Problem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public Problem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Problem problem) => new(default, problem);
}
