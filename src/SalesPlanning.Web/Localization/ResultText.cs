using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Common;

namespace SalesPlanning.Web.Localization;

/// <summary>
/// Services return message keys for the rules users break (e.g. TargetMessages); these show them in
/// the user's language. A message may carry arguments as "key|arg|arg" (PlanMessages): the key's text
/// is a format string and each argument fills its placeholder; an argument that is itself a key
/// (such as "Metric_SalesAmount") is shown in the user's language too. A message without a key in the
/// resources passes through unchanged.
/// </summary>
public static class ResultText
{
    public const char ArgumentSeparator = '|';

    public static string Text(this IStringLocalizer localizer, string message)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (string.IsNullOrEmpty(message) || !message.Contains(ArgumentSeparator, StringComparison.Ordinal))
        {
            return localizer[message ?? ""].Value;
        }

        var parts = message.Split(ArgumentSeparator);
        var template = localizer[parts[0]];
        if (template.ResourceNotFound)
        {
            return message;
        }

        var args = parts.Skip(1).Select(arg => Argument(localizer, arg)).ToArray<object?>();
        try
        {
            return string.Format(CultureInfo.CurrentCulture, template.Value, args);
        }
        catch (FormatException)
        {
            // A text asking for more arguments than the message carries: show it without them.
            return template.Value;
        }
    }

    public static string Describe<T>(this IStringLocalizer localizer, Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Join(" ", result.Errors.SelectMany(e => e.Value).Select(localizer.Text).DefaultIfEmpty(localizer["Error_Generic"].Value));
    }

    public static Dictionary<string, string[]> Localize(this IStringLocalizer localizer, IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.ToDictionary(kv => kv.Key, kv => kv.Value.Select(localizer.Text).ToArray());
    }

    private static string Argument(IStringLocalizer localizer, string arg)
    {
        if (arg.Length == 0)
        {
            return arg;
        }

        var text = localizer[arg];
        return text.ResourceNotFound ? arg : text.Value;
    }
}
