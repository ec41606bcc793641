using SalesPlanning.Application.Progress;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.UnitTests.Progress;

/// <summary>
/// The rules of a week's entry are the domain's, coded (issue 12: one rule in one place): the validator's messages
/// at each field are exactly the domain's problems turned into message keys, and the note, the split and its lines
/// are coded the same way.
/// </summary>
public class ProgressEntryProblems
{
    private static readonly WeeklyFigures Week = WeeklyFigures.Zero with { SalesAmount = 1_000m, SalesVolume = 10, Collections = 800m };
    private static readonly Guid Product = Guid.NewGuid();

    public static TheoryData<WeeklyFigures> Figures => new()
    {
        Week,
        Week with { SalesAmount = -1m },
        Week with { Collections = 0.005m },
        Week with { SalesVolume = -3, Orders = -1 },
        Week with { NewCustomerSales = 1_000.01m },
        Week with { Collections3To6Months = 500m, CollectionsOver6Months = 400m },
        Week with { CollectionsOver6Months = 900m },
        Week with { SalesAmount = WeeklyFigures.MaxAmount + 1m },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void TheValidatorSaysWhatTheDomainSaysAtTheSameFields(WeeklyFigures figures)
    {
        var request = new SaveProgressEntry(Period.From(2033, 1), 2, figures, null, null, null);

        var validator = new SaveProgressEntryValidator().Validate(request).Errors.Select(e => (e.PropertyName, e.ErrorMessage));
        var domain = figures.Problems().Select(p => (p.Field, ProgressMessages.For(p.Code)));

        validator.ShouldBe(domain, ignoreOrder: true);
    }

    [Fact]
    public void CodesTheNoteTheSplitAndItsLines()
    {
        var lines = new List<ProductFigures> { new(Product, 600m, 6, 800m), new(Product, -1m, 4, 0m) };

        var problems = ProgressEntry.Problems(Week, new string('x', ProgressEntry.NoteMaxLength + 1), lines);

        problems.ShouldBe(
        [
            new ProgressProblem("Note", ProgressRules.NoteTooLong, [ProgressEntry.NoteMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)]),
            new ProgressProblem("Lines", ProgressRules.DuplicateProduct),
            new ProgressProblem("Lines", ProgressRules.Negative, ["SalesAmount"]),
            new ProgressProblem("SalesAmount", ProgressRules.SplitMismatch),
        ], new ProblemComparer());
    }

    private sealed class ProblemComparer : IEqualityComparer<ProgressProblem>
    {
        public bool Equals(ProgressProblem? x, ProgressProblem? y) => x?.ToString() == y?.ToString();

        public int GetHashCode(ProgressProblem obj) => obj.ToString().GetHashCode(StringComparison.Ordinal);
    }
}
