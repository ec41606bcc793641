using SalesPlanning.Application.Progress;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.UnitTests.Progress;

/// <summary>The week's input shape: every figure's bounds and the rules across figures, each message at the figure's own name.</summary>
public class SaveProgressEntryValidate
{
    private static readonly Period December = Period.From(2026, 12);

    private static readonly WeeklyFigures Week = new(1_000m, 10, 800m, 3, 1, 4, 12, 0);

    /// <summary>Every message as "field: message".</summary>
    private static List<string> Errors(WeeklyFigures? figures) =>
        [.. new SaveProgressEntryValidator().Validate(new SaveProgressEntry(December, 1, figures!, null, [], null)).Errors
            .Select(e => $"{e.PropertyName}: {e.ErrorMessage}")];

    [Fact]
    public void AcceptsAnOrdinaryWeek() => Errors(Week).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(WeeklyFiguresAll.Names), MemberType = typeof(WeeklyFiguresAll))]
    public void RefusesEachFigureNegativeOrTooLargeAtItsName(string name)
    {
        var figure = WeeklyFigures.Named(name)!;
        var most = Week with { SalesAmount = WeeklyFigures.MaxAmount, Collections = WeeklyFigures.MaxAmount };

        Errors(figure.With(most, -1m)).ShouldBe([$"{name}: {ProgressMessages.Negative}"]);
        Errors(figure.With(most, figure.Max)).ShouldBeEmpty();
        Errors(figure.With(most, figure.Max + 1m)).ShouldContain($"{name}: {ProgressMessages.TooLarge}");
    }

    [Fact]
    public void RefusesMoneyPastTheCentAtItsName()
    {
        foreach (var figure in WeeklyFigures.All.Where(f => f.Kind == FigureKind.Money))
        {
            Errors(figure.With(Week, 0.001m)).ShouldBe([$"{figure.Name}: {ProgressMessages.MoneyDecimals}"], figure.Name);
        }
    }

    [Fact]
    public void RefusesSalesToNewCustomersAboveTheSalesAmount() =>
        Errors(Week with { NewCustomerSales = 1_000.01m })
            .ShouldBe([$"NewCustomerSales: {ProgressMessages.NewCustomerSalesAboveSales}"]);

    [Theory]
    [InlineData("600.01", "200", "Collections3To6Months")]
    [InlineData("0", "800.01", "CollectionsOver6Months")]
    public void RefusesOlderCollectionsAboveTheCollectionsAtThePartFilled(string from3To6, string over6, string field) =>
        Errors(Week with
        {
            Collections3To6Months = decimal.Parse(from3To6, System.Globalization.CultureInfo.InvariantCulture),
            CollectionsOver6Months = decimal.Parse(over6, System.Globalization.CultureInfo.InvariantCulture),
        }).ShouldBe([$"{field}: {ProgressMessages.AgedCollectionsAboveCollections}"]);

    [Fact]
    public void RefusesAWeekWithoutFiguresAtFigures() => Errors(null).ShouldHaveSingleItem().ShouldStartWith("Figures: ");
}
