using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

public class PeriodParse
{
    [Theory]
    [InlineData("2026-12", 2026, 12)]
    [InlineData("2026-01", 2026, 1)]
    [InlineData(" 2026-03 ", 2026, 3)]
    public void ReadsYearDashMonth(string text, int year, int month)
    {
        Period.Parse(text).ShouldBe(Period.From(year, month));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2026")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("1999-12")]
    [InlineData("2101-01")]
    [InlineData("2026/12")]
    [InlineData("202612")]
    [InlineData("2026-012")]
    [InlineData("2026-1")]
    [InlineData("2026-01-01")]
    [InlineData("26-12")]
    [InlineData("2026--1")]
    [InlineData("2026-+1")]
    [InlineData("December 2026")]
    public void RejectsAnythingElseWithAReadableMessage(string text)
    {
        var ex = Should.Throw<DomainException>(() => Period.Parse(text));

        ex.Message.ShouldContain("write it as 2026-12");
    }

    [Fact]
    public void TryParseReturnsFalseAndNullForNull()
    {
        Period.TryParse(null, out var period).ShouldBeFalse();
        period.ShouldBeNull();
    }

    [Fact]
    public void TryParseReturnsFalseForAnOutOfRangeMonth()
    {
        Period.TryParse("2026-13", out var period).ShouldBeFalse();
        period.ShouldBeNull();
    }

    [Fact]
    public void TryParseReturnsThePeriodWhenValid()
    {
        Period.TryParse("2026-12", out var period).ShouldBeTrue();
        period.ShouldBe(Period.From(2026, 12));
    }

    [Theory]
    [InlineData(2026, 12, "2026-12")]
    [InlineData(2026, 1, "2026-01")]
    [InlineData(2100, 7, "2100-07")]
    public void RoundTripsThroughToString(int year, int month, string text)
    {
        var period = Period.From(year, month);

        period.ToString().ShouldBe(text);
        Period.Parse(period.ToString()).ShouldBe(period);
    }
}
