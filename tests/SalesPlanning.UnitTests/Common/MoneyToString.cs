using System.Globalization;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

public class MoneyToString
{
    [Theory]
    [InlineData("0", "0.00")]
    [InlineData("1.5", "1.50")]
    [InlineData("-3", "-3.00")]
    [InlineData("1234567.89", "1234567.89")]
    [InlineData("999999999999.99", "999999999999.99")]
    public void WritesTwoDecimalsWithoutGrouping(string amount, string expected)
    {
        Money.From(decimal.Parse(amount, CultureInfo.InvariantCulture)).ToString().ShouldBe(expected);
    }

    [Fact]
    public void IgnoresTheCurrentCulture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Money.From(1234.5m).ToString().ShouldBe("1234.50");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
