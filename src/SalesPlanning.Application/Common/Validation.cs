using FluentValidation;

namespace SalesPlanning.Application.Common;

public static class Validation
{
    /// <summary>
    /// The messages by field when the request is invalid; null when it is valid. The validator is built once per type and
    /// shared: building one builds every rule (expression trees, accessors), which is most of the cost of checking a small
    /// request, and a FluentValidation validator without state of its own is safe to share.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]>? Check<TValidator, T>(T request)
        where TValidator : IValidator<T>, new() =>
        Check(Shared<TValidator>.Instance, request);

    /// <summary>The messages by field when the request is invalid; null when it is valid.</summary>
    public static IReadOnlyDictionary<string, string[]>? Check<T>(IValidator<T> validator, T request)
    {
        var result = validator.Validate(request);
        return result.IsValid ? null : result.ToDictionary().AsReadOnly();
    }

    private static class Shared<TValidator>
        where TValidator : new()
    {
        public static readonly TValidator Instance = new();
    }
}
