using System.Globalization;
using System.Text;

namespace SalesPlanning.Domain.Common;

/// <summary>
/// The one rule for every text the application stores or searches by: no control characters other
/// than tab, line feed and carriage return (NUL among them, which PostgreSQL cannot store), and no
/// half of a surrogate pair (which has no UTF-8 form). ADR 0007 says where it is applied and why there.
/// </summary>
public static class PlainText
{
    /// <summary>True when <paramref name="value"/> holds a character the rule removes.</summary>
    public static bool HasForbidden(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            if (IsForbiddenAt(value, i, out var pairLength))
            {
                return true;
            }

            i += pairLength - 1;
        }

        return false;
    }

    /// <summary>The value without the characters the rule removes; the same instance when there is none.</summary>
    public static string Clean(string value)
    {
        if (!HasForbidden(value))
        {
            return value;
        }

        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (IsForbiddenAt(value, i, out var pairLength))
            {
                continue;
            }

            clean.Append(value, i, pairLength);
            i += pairLength - 1;
        }

        return clean.ToString();
    }

    /// <summary>
    /// JSON text with the forbidden characters removed from its strings, where they travel as escapes
    /// ("\u0000"); everything else, other escapes included, is kept as it is.
    /// </summary>
    public static string CleanJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!json.Contains("\\u", StringComparison.Ordinal) && !HasForbidden(json))
        {
            return json;
        }

        var clean = new StringBuilder(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (c != '\\' || i + 1 >= json.Length)
            {
                if (!IsForbiddenAt(json, i, out var length))
                {
                    clean.Append(json, i, length);
                }

                i += Math.Max(length, 1) - 1;
                continue;
            }

            if (json[i + 1] != 'u' || !TryEscape(json, i, out var code))
            {
                clean.Append(json, i, 2); // \" \\ \n ...
                i++;
                continue;
            }

            if (char.IsHighSurrogate(code) && TryEscape(json, i + 6, out var low) && char.IsLowSurrogate(low))
            {
                clean.Append(json, i, 12);
                i += 11;
                continue;
            }

            if (!IsForbidden(code) && !char.IsSurrogate(code))
            {
                clean.Append(json, i, 6);
            }

            i += 5;
        }

        return clean.ToString();
    }

    private static bool IsForbidden(char c) => c < ' ' && c is not ('\t' or '\n' or '\r');

    /// <summary>Whether the character at <paramref name="i"/> is forbidden; <paramref name="length"/> is 2 for a whole surrogate pair, else 1.</summary>
    private static bool IsForbiddenAt(string value, int i, out int length)
    {
        var c = value[i];
        length = 1;
        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
        {
            length = 2;
            return false;
        }

        return IsForbidden(c) || char.IsSurrogate(c);
    }

    private static bool TryEscape(string json, int at, out char code)
    {
        code = default;
        if (at + 6 > json.Length || json[at] != '\\' || json[at + 1] != 'u'
            || !ushort.TryParse(json.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        code = (char)value;
        return true;
    }
}
