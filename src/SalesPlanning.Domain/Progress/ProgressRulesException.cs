using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Progress;

/// <summary>
/// One broken rule of a week's entry: the field it concerns (a figure's name, "Note" or "Lines"), a stable
/// <see cref="Code"/> (<see cref="ProgressRules"/>) that callers turn into a message in the user's language, and
/// the values that message may name (for a product line's bound: the figure). As <c>PlanProblem</c> does for plans.
/// </summary>
public sealed record ProgressProblem(string Field, string Code, IReadOnlyList<string> Args)
{
    public ProgressProblem(string field, string code)
        : this(field, code, [])
    {
    }

    public override string ToString() => Args.Count == 0 ? $"{Field}: {Code}" : $"{Field}: {Code} ({string.Join(", ", Args)})";
}

/// <summary>Stable codes of <see cref="ProgressProblem"/>: the one place the rules of a week's entry are named.</summary>
public static class ProgressRules
{
    public const string Negative = AmountCodes.Negative;
    public const string MoneyDecimals = AmountCodes.MoneyDecimals;
    public const string TooLarge = AmountCodes.TooLarge;
    public const string NewCustomerSalesAboveSales = "NewCustomerSalesAboveSales";
    public const string AgedCollectionsAboveCollections = "AgedCollectionsAboveCollections";
    public const string NoteTooLong = "NoteTooLong";
    public const string TooManyLines = "TooManyLines";
    public const string ProductMissing = "ProductMissing";
    public const string DuplicateProduct = "DuplicateProduct";
    public const string SplitMismatch = "SplitMismatch";

    // The names Targets.AmountRules uses, without Progress depending on Targets.
    private static class AmountCodes
    {
        public const string Negative = "Negative";
        public const string MoneyDecimals = "MoneyDecimals";
        public const string TooLarge = "TooLarge";
    }
}

/// <summary>A week's entry broke one or more rules; every problem is listed, by field, as a code.</summary>
public sealed class ProgressRulesException : DomainException
{
    public ProgressRulesException(IReadOnlyList<ProgressProblem> problems)
        : base(string.Join(" ", problems.Select(p => p.ToString())))
    {
        Problems = problems;
    }

    public ProgressRulesException()
        : this([])
    {
    }

    public ProgressRulesException(string message)
        : base(message)
    {
        Problems = [];
    }

    public ProgressRulesException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<ProgressProblem> Problems { get; }
}
