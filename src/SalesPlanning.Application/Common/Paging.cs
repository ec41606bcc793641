namespace SalesPlanning.Application.Common;

/// <summary>
/// The one rule for a page of a long list: skip is zero or more, take is 1 to the list's maximum.
/// Anything else is refused (field "Skip" or "Take"), never quietly clamped.
/// </summary>
public static class Paging
{
    public const string SkipRange = "Paging_SkipRange";

    /// <summary>"Paging_TakeRange|max": the text shows the maximum.</summary>
    public const string TakeRange = "Paging_TakeRange";

    /// <summary>The messages by field when the page asked for is not one; null when it is.</summary>
    public static IReadOnlyDictionary<string, string[]>? Check(int skip, int take, int maxPageSize)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (skip < 0)
        {
            errors["Skip"] = [SkipRange];
        }

        if (take < 1 || take > maxPageSize)
        {
            errors["Take"] = [$"{TakeRange}|{maxPageSize}"];
        }

        return errors.Count == 0 ? null : errors;
    }
}
