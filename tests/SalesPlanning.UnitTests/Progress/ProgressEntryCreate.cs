using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.UnitTests.Progress;

public class ProgressEntryCreate
{
    private static readonly Period November = Period.From(2026, 11);
    private static readonly Guid Rep = Guid.NewGuid();
    private static readonly Guid Region = Guid.NewGuid();
    private static readonly Guid ProductA = Guid.NewGuid();
    private static readonly Guid ProductB = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    internal static WeeklyFigures Week(decimal amount = 1_000.50m, long volume = 10, decimal collections = 800m) =>
        new(amount, volume, collections, 3, 1, 4, 12, 0);

    [Fact]
    public void KeepsTheWeeksFiguresAndNote()
    {
        var entry = ProgressEntry.Create(November, 2, Rep, Region, Week(), "  good week ", [], At);

        entry.Period.ShouldBe(November);
        entry.WeekNumber.ShouldBe(2);
        entry.Figures.ShouldBe(Week());
        entry.Note.ShouldBe("good week");
        entry.Lines.ShouldBeEmpty();
        entry.UpdatedAt.ShouldBe(At);
    }

    [Fact]
    public void KeepsTheSalesToNewCustomersAndTheRestIsExistingCustomers()
    {
        var entry = ProgressEntry.Create(November, 2, Rep, Region, Week() with { NewCustomerSales = 400.50m }, null, [], At);

        entry.Figures.NewCustomerSales.ShouldBe(400.50m);
        entry.Figures.ExistingCustomerSales.ShouldBe(600.00m);
    }

    [Theory]
    [InlineData("1000.51")]
    [InlineData("-0.01")]
    [InlineData("0.001")]
    public void RejectsSalesToNewCustomersAboveTheSalesAmountNegativeOrPastTheCent(string newCustomerSales)
    {
        var ex = Should.Throw<ProgressRulesException>(() => ProgressEntry.Create(November, 2, Rep, Region,
            Week() with { NewCustomerSales = decimal.Parse(newCustomerSales, System.Globalization.CultureInfo.InvariantCulture) }, null, [], At));

        ex.Problems.Select(p => p.Field).ShouldBe(["NewCustomerSales"]);
    }

    [Fact]
    public void KeepsTheCollectionsOfOlderReceivablesAndTheRestIsUpToThreeMonths()
    {
        var entry = ProgressEntry.Create(November, 2, Rep, Region, Week() with { Collections3To6Months = 200m, CollectionsOver6Months = 50.25m }, null, [], At);

        (entry.Figures.Collections3To6Months, entry.Figures.CollectionsOver6Months).ShouldBe((200m, 50.25m));
        entry.Figures.CollectionsUpTo3Months.ShouldBe(entry.Figures.Collections - 250.25m);
    }

    [Theory]
    [InlineData("600.01", "200", "Collections3To6Months")]
    [InlineData("0", "800.01", "CollectionsOver6Months")]
    [InlineData("500", "500", "Collections3To6Months")]
    [InlineData("-0.01", "0", "Collections3To6Months")]
    [InlineData("0", "0.001", "CollectionsOver6Months")]
    public void RejectsOlderPartsAboveTheCollectionsNegativeOrPastTheCent(string from3To6, string over6, string field)
    {
        var ex = Should.Throw<ProgressRulesException>(() => ProgressEntry.Create(November, 2, Rep, Region, Week() with
        {
            Collections3To6Months = decimal.Parse(from3To6, System.Globalization.CultureInfo.InvariantCulture),
            CollectionsOver6Months = decimal.Parse(over6, System.Globalization.CultureInfo.InvariantCulture),
        }, null, [], At));

        ex.Problems.Select(p => p.Field).ShouldBe([field]);
    }

    [Fact]
    public void AcceptsAProductSplitThatSumsToTheTotals()
    {
        var entry = ProgressEntry.Create(November, 1, Rep, Region, Week(), null,
            [new(ProductA, 600.25m, 6, 500m), new(ProductB, 400.25m, 4, 300m)], At);

        entry.Lines.Count.ShouldBe(2);
        entry.Lines.Sum(l => l.SalesAmount).ShouldBe(1_000.50m);
    }

    [Fact]
    public void RejectsAProductSplitThatDoesNotSumToTheTotals()
    {
        var ex = Should.Throw<ProgressRulesException>(() => ProgressEntry.Create(November, 1, Rep, Region, Week(), null,
            [new(ProductA, 600m, 6, 500m), new(ProductB, 400m, 3, 300m)], At));

        // Amount is 0.50 short and volume 1 short; collections add up.
        ex.Problems.Select(p => p.Field).ShouldBe(["SalesAmount", "SalesVolume"], ignoreOrder: true);
    }

    [Fact]
    public void RejectsAProductTwiceInTheSplit() =>
        Should.Throw<ProgressRulesException>(() => ProgressEntry.Create(November, 1, Rep, Region, Week(), null,
            [new(ProductA, 500.25m, 5, 400m), new(ProductA, 500.25m, 5, 400m)], At));

    [Fact]
    public void RejectsAWeekThatIsNotInThePeriod()
    {
        // February 2027 starts on a Monday: four full weeks, no fifth.
        Period.From(2027, 2).Weeks().Count.ShouldBe(4);
        Should.Throw<DomainException>(() => ProgressEntry.Create(Period.From(2027, 2), 5, Rep, Region, Week(), null, [], At));
        Should.Throw<DomainException>(() => ProgressEntry.Create(November, 0, Rep, Region, Week(), null, [], At));
    }

    [Fact]
    public void ListsEveryBrokenBoundAtOnce()
    {
        var figures = new WeeklyFigures(-1m, WeeklyFigures.MaxVolume + 1, 10.001m, -2, WeeklyFigures.MaxCount + 1, 0, 0, 0);

        var ex = Should.Throw<ProgressRulesException>(() => ProgressEntry.Create(November, 1, Rep, Region, figures, null, [], At));

        ex.Problems.Select(p => p.Field).ShouldBe(["SalesAmount", "Collections", "SalesVolume", "Orders", "NewCustomers"], ignoreOrder: true);
    }

    [Fact]
    public void AcceptsTheMaximaAndRejectsOneCentMore()
    {
        var max = new WeeklyFigures(WeeklyFigures.MaxAmount, WeeklyFigures.MaxVolume, WeeklyFigures.MaxAmount,
            WeeklyFigures.MaxCount, WeeklyFigures.MaxCount, WeeklyFigures.MaxCount, WeeklyFigures.MaxCount, WeeklyFigures.MaxCount);
        ProgressEntry.Create(November, 1, Rep, Region, max, null, [], At).Figures.ShouldBe(max);

        Should.Throw<ProgressRulesException>(() =>
            ProgressEntry.Create(November, 1, Rep, Region, max with { SalesAmount = WeeklyFigures.MaxAmount + 0.01m }, null, [], At));
    }

    [Fact]
    public void RejectsANoteLongerThanTheLimit() =>
        Should.Throw<ProgressRulesException>(() => ProgressEntry.Create(November, 1, Rep, Region, Week(), new string('x', ProgressEntry.NoteMaxLength + 1), [], At))
            .Problems.ShouldContain(p => p.Field == "Note");

    [Fact]
    public void RejectsNegativeFiguresInTheSplit() =>
        Should.Throw<ProgressRulesException>(() => ProgressEntry.Create(November, 1, Rep, Region, Week(0m, 0, 0m), null,
            [new(ProductA, -5m, 0, 0m), new(ProductB, 5m, 0, 0m)], At));

    [Fact]
    public void NeedsARepAndARegion() =>
        Should.Throw<DomainException>(() => ProgressEntry.Create(November, 1, Guid.Empty, Region, Week(), null, [], At));
}

public class ProgressEntryReplace
{
    private static readonly Period November = Period.From(2026, 11);
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ReplacesFiguresNoteAndSplit()
    {
        var product = Guid.NewGuid();
        var entry = ProgressEntry.Create(November, 3, Guid.NewGuid(), Guid.NewGuid(), ProgressEntryCreate.Week(), "first", [], At);

        var changed = entry.Replace(ProgressEntryCreate.Week(2_000m, 20, 1_500m), "second", [new(product, 2_000m, 20, 1_500m)], At.AddHours(1));

        changed.ShouldBeTrue();
        entry.Figures.SalesAmount.ShouldBe(2_000m);
        entry.Note.ShouldBe("second");
        entry.Lines.Single().ProductId.ShouldBe(product);
        entry.UpdatedAt.ShouldBe(At.AddHours(1));
    }

    [Fact]
    public void KeepsTheLineOfEachProductTheSplitKeeps()
    {
        var (kept, dropped, added) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var entry = ProgressEntry.Create(November, 3, Guid.NewGuid(), Guid.NewGuid(), ProgressEntryCreate.Week(300m, 3, 0m), null,
            [new(kept, 100m, 1, 0m), new(dropped, 200m, 2, 0m)], At);
        var keptLine = entry.Lines.Single(l => l.ProductId == kept);

        entry.Replace(ProgressEntryCreate.Week(500m, 5, 0m), null, [new(added, 150m, 1, 0m), new(kept, 350m, 4, 0m)], At.AddHours(1))
            .ShouldBeTrue();

        entry.Lines.Select(l => l.ProductId).ShouldBe(new[] { kept, added }.Order());
        var line = entry.Lines.Single(l => l.ProductId == kept);
        line.ShouldBeSameAs(keptLine);
        (line.Id, line.SalesAmount, line.SalesVolume).ShouldBe((keptLine.Id, 350m, 4L));
        entry.Lines.Single(l => l.ProductId == added).SalesAmount.ShouldBe(150m);
    }

    [Fact]
    public void ChangesNothingWhenTheSameFiguresComeAgain()
    {
        var entry = ProgressEntry.Create(November, 3, Guid.NewGuid(), Guid.NewGuid(), ProgressEntryCreate.Week(), "note", [], At);

        entry.Holds(ProgressEntryCreate.Week(), " note ", []).ShouldBeTrue();
        entry.Replace(ProgressEntryCreate.Week(), "note", [], At.AddHours(1)).ShouldBeFalse();
        entry.UpdatedAt.ShouldBe(At);
    }

    [Fact]
    public void KeepsTheOldFiguresWhenTheNewOnesBreakARule()
    {
        var entry = ProgressEntry.Create(November, 3, Guid.NewGuid(), Guid.NewGuid(), ProgressEntryCreate.Week(), null, [], At);

        Should.Throw<ProgressRulesException>(() => entry.Replace(ProgressEntryCreate.Week(-1m), null, [], At));

        entry.Figures.ShouldBe(ProgressEntryCreate.Week());
    }
}
