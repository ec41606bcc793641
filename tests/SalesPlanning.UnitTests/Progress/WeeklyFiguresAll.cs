using System.Reflection;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.UnitTests.Progress;

public class WeeklyFiguresAll
{
    /// <summary>The figures' stored properties: the record's own, settable ones (not the parts computed from them).</summary>
    private static readonly PropertyInfo[] Stored = typeof(WeeklyFigures)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is not null && p.DeclaringType == typeof(WeeklyFigures) && p.Name != "EqualityContract")
        .ToArray();

    public static TheoryData<string> Names() => [.. WeeklyFigures.All.Select(f => f.Name)];

    [Fact]
    public void ListsEveryFigureOnceInTheOrderARepReportsThem()
    {
        WeeklyFigures.All.Select(f => f.Name).ShouldBe(
        [
            "SalesAmount", "SalesVolume", "Collections", "Collections3To6Months", "CollectionsOver6Months", "Orders", "NewCustomers",
            "NewCustomerSales", "ExistingCustomerVisits", "Calls", "LostCustomers",
        ]);
        WeeklyFigures.All.Select(f => f.Name).ShouldBe(Stored.Select(p => p.Name), ignoreOrder: true);
    }

    [Fact]
    public void KeepsMoneyToTheCentAndEverythingElseWhole()
    {
        foreach (var property in Stored)
        {
            var figure = WeeklyFigures.Named(property.Name).ShouldNotBeNull();
            figure.Kind.ShouldBe(property.PropertyType == typeof(decimal) ? FigureKind.Money : FigureKind.Count, property.Name);
            figure.Max.ShouldBe(
                figure.Kind == FigureKind.Money ? WeeklyFigures.MaxAmount : property.PropertyType == typeof(long) ? WeeklyFigures.MaxVolume : WeeklyFigures.MaxCount,
                property.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ReadsAndSetsEachFigureAloneByName(string name)
    {
        var figure = WeeklyFigures.Named(name).ShouldNotBeNull();

        var figures = figure.With(WeeklyFigures.Zero, 7m);

        figure.ValueOf(figures).ShouldBe(7m);
        Stored.Single(p => p.Name == name).GetValue(figures).ShouldBe(Convert.ChangeType(7, Stored.Single(p => p.Name == name).PropertyType,
            System.Globalization.CultureInfo.InvariantCulture));
        WeeklyFigures.All.Where(f => f != figure).ShouldAllBe(f => f.ValueOf(figures) == 0m);
    }

    [Fact]
    public void BuildsTheSameFiguresAsTheConstructor()
    {
        var figures = new WeeklyFigures(1_000.50m, 10, 800m, 3, 1, 4, 12, 2, 400.25m, 200m, 50.25m);

        WeeklyFigures.All.Aggregate(WeeklyFigures.Zero, (f, figure) => figure.With(f, figure.ValueOf(figures))).ShouldBe(figures);
    }

    [Fact]
    public void RefusesACountThatIsNotWholeOrDoesNotFitItsProperty()
    {
        Should.Throw<DomainException>(() => WeeklyFigures.Named("Orders")!.With(WeeklyFigures.Zero, 1.5m));
        Should.Throw<DomainException>(() => WeeklyFigures.Named("Calls")!.With(WeeklyFigures.Zero, int.MaxValue + 1m));
        Should.Throw<DomainException>(() => WeeklyFigures.Named("SalesVolume")!.With(WeeklyFigures.Zero, long.MaxValue + 1m));
        WeeklyFigures.Named("SalesVolume")!.With(WeeklyFigures.Zero, int.MaxValue + 1m).SalesVolume.ShouldBe(int.MaxValue + 1L);
    }

    [Fact]
    public void FindsNoFigureByAnotherName()
    {
        WeeklyFigures.Named("Note").ShouldBeNull();
        WeeklyFigures.Named("salesAmount").ShouldBeNull();
        WeeklyFigures.Named("ExistingCustomerSales").ShouldBeNull();
    }
}

public class WeeklyFiguresProblems
{
    [Theory]
    [MemberData(nameof(WeeklyFiguresAll.Names), MemberType = typeof(WeeklyFiguresAll))]
    public void RefusesEachFigureNegativeOrAboveItsMaximumAtItsName(string name)
    {
        var figure = WeeklyFigures.Named(name)!;
        // Sales and collections at their most, so that their parts may be too.
        var most = WeeklyFigures.Zero with { SalesAmount = WeeklyFigures.MaxAmount, Collections = WeeklyFigures.MaxAmount };

        figure.With(most, -1m).Problems().Select(p => p.Field).ShouldBe([name]);
        figure.With(most, figure.Max).Problems().ShouldBeEmpty();
        figure.With(most, figure.Max + 1m).Problems().Select(p => p.Field).ShouldContain(name);
    }

    [Fact]
    public void RefusesMoneyPastTheCentAtItsName()
    {
        foreach (var figure in WeeklyFigures.All.Where(f => f.Kind == FigureKind.Money))
        {
            // Sales and collections large enough for their parts, so only the cent is wrong.
            var figures = figure.With(new WeeklyFigures(100m, 0, 100m, 0, 0, 0, 0, 0), 0.001m);

            figures.Problems().Select(p => p.Field).ShouldBe([figure.Name], figure.Name);
        }
    }

    [Fact]
    public void AcceptsZero() => WeeklyFigures.Zero.Problems().ShouldBeEmpty();
}
