namespace SalesPlanning.Domain.Common;

/// <summary>Validation of short text fields (codes, names, units) shared by the entities.</summary>
internal static class Text
{
    /// <summary>Returns the value trimmed; throws if it is blank or longer than <paramref name="maxLength"/>.</summary>
    public static string Required(string? value, int maxLength, string field)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException($"{field} is required.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException($"{field} must be at most {maxLength} characters; it has {trimmed.Length}.");
        }

        return trimmed;
    }

    /// <summary>A required code: trimmed, upper-cased, at most <see cref="TextLimits.Code"/> characters.</summary>
    public static string Code(string? value, string field) =>
        Required(value, TextLimits.Code, field).ToUpperInvariant();
}
