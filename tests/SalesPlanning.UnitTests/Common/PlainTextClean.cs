using System.Text.Json;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

/// <summary>ADR 0007: the one rule for text that reaches the database.</summary>
public class PlainTextClean
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\u0000b", "ab")]
    [InlineData("\u0000\u0001\u001f", "")]
    [InlineData("tab\tLF\nCR\r kept", "tab\tLF\nCR\r kept")]
    [InlineData("华远 ¥ 😀", "华远 ¥ 😀")]
    public void RemovesControlCharactersButKeepsTabsAndLineBreaks(string text, string clean)
    {
        PlainText.Clean(text).ShouldBe(clean);
        PlainText.HasForbidden(text).ShouldBe(text != clean);
    }

    [Fact]
    public void RemovesHalvesOfSurrogatePairs()
    {
        // Built here: a test runner cannot carry a lone surrogate in [InlineData].
        var high = "lone " + (char)0xD800 + " high";
        var low = "lone " + (char)0xDC00 + " low";
        var swapped = "x" + (char)0xDE00 + (char)0xD83D + "y";

        PlainText.Clean(high).ShouldBe("lone  high");
        PlainText.Clean(low).ShouldBe("lone  low");
        PlainText.Clean(swapped).ShouldBe("xy");
        PlainText.HasForbidden(high).ShouldBeTrue();
    }

    [Fact]
    public void ReturnsTheSameInstanceWhenNothingIsRemoved()
    {
        const string text = "nothing to remove";

        PlainText.Clean(text).ShouldBeSameAs(text);
    }

    [Theory]
    [InlineData("a\u0000b", "ab")]
    [InlineData("\u0007bell\u001b", "bell")]
    [InlineData("keep \\u0000 typed as text", "keep \\u0000 typed as text")]
    [InlineData("quote \" backslash \\ newline \n tab \t", "quote \" backslash \\ newline \n tab \t")]
    [InlineData("华远 😀 \u00e9", "华远 😀 \u00e9")]
    public void RemovesThemFromTheStringsOfJsonTextWhereTheyAreEscaped(string value, string clean)
    {
        // Escaped as System.Text.Json writes them by default (\u0000, \u4E2D, \uD83D\uDE00, \\u0000 …).
        var json = JsonSerializer.Serialize(new { value, list = new[] { value } });

        var cleaned = PlainText.CleanJson(json);

        using var document = JsonDocument.Parse(cleaned);
        document.RootElement.GetProperty("value").GetString().ShouldBe(clean);
        document.RootElement.GetProperty("list")[0].GetString().ShouldBe(clean);
    }

    [Theory]
    [InlineData("""{"v":"a\u0000b"}""", """{"v":"ab"}""")]
    [InlineData("""{"v":"a\ud800b\udc00c"}""", """{"v":"abc"}""")]
    [InlineData("""{"v":"\ud83d\ude00 \\u0000 \u001F"}""", """{"v":"\ud83d\ude00 \\u0000 "}""")]
    [InlineData("""{"v":"ends with a backslash \\"}""", """{"v":"ends with a backslash \\"}""")]
    public void KeepsEveryOtherEscapeOfJsonText(string json, string clean)
    {
        PlainText.CleanJson(json).ShouldBe(clean);
    }
}
