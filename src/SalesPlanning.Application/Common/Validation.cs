using FluentValidation;

namespace SalesPlanning.Application.Common;

public static class Validation
{
    /// <summary>The messages by field when the request is invalid; null when it is valid.</summary>
    public static IReadOnlyDictionary<string, string[]>? Check<T>(IValidator<T> validator, T request)
    {
        var result = validator.Validate(request);
        return result.IsValid ? null : result.ToDictionary().AsReadOnly();
    }
}
