using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Common;

namespace SalesPlanning.Web.Localization;

/// <summary>
/// Services return message keys for the rules users break (e.g. TargetMessages); these show them in
/// the user's language. A message without a key in the resources passes through unchanged.
/// </summary>
public static class ResultText
{
    /// <summary>
    /// The message in the user's language. "key|arg|arg" fills the key's placeholders with the
    /// arguments, each itself looked up (so "Metric_SalesAmount" shows as the metric's name).
    /// </summary>
    public static string Text(this IStringLocalizer localizer, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.Contains('|', StringComparison.Ordinal))
        {
            return localizer[message].Value;
        }

        var parts = message.Split('|');
        return localizer[parts[0], [.. parts.Skip(1).Select(a => (object)localizer[a].Value)]].Value;
    }

    public static string Describe<T>(this IStringLocalizer localizer, Result<T> result) =>
        string.Join(" ", result.Errors.SelectMany(e => e.Value).Select(localizer.Text).DefaultIfEmpty(localizer["Error_Generic"].Value));

    public static Dictionary<string, string[]> Localize(this IStringLocalizer localizer, IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(kv => kv.Key, kv => kv.Value.Select(localizer.Text).ToArray());
}
