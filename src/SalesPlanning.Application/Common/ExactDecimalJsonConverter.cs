using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesPlanning.Application.Common;

/// <summary>
/// Reads a JSON number into a <see cref="decimal"/> only when decimal holds it: too large is refused
/// (as System.Text.Json does), and so is a number too small to be anything but zero (1e-400, 1e-29),
/// which System.Text.Json reads silently as 0 (stored as 0, or as 0E-28 in a jsonb plan section).
/// Used for every decimal the HTTP API and the plan's section JSON read: nothing is stored that the
/// caller did not send.
/// </summary>
public sealed class ExactDecimalJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
        {
            throw new JsonException("Expected a number a decimal can hold.");
        }

        if (value == 0m && HasNonZeroDigit(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan))
        {
            throw new JsonException("The number is too small to keep: it would be stored as 0.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }

    /// <summary>Whether the number's digits before its exponent are not all zeros.</summary>
    private static bool HasNonZeroDigit(ReadOnlySpan<byte> number)
    {
        foreach (var b in number)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }
}
