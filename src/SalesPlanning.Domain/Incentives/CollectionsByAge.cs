namespace SalesPlanning.Domain.Incentives;

/// <summary>
/// A person's collections of a month (回款额) by the age of the receivable they settle (seed 003 十.3):
/// up to 3 months, over 3 and within 6 months, over 6 months.
/// </summary>
public sealed record CollectionsByAge(decimal UpTo3Months, decimal From3To6Months, decimal Over6Months)
{
    public static CollectionsByAge Zero { get; } = new(0m, 0m, 0m);

    public decimal Total => UpTo3Months + From3To6Months + Over6Months;

    public static CollectionsByAge operator +(CollectionsByAge left, CollectionsByAge right) =>
        new(left.UpTo3Months + right.UpTo3Months, left.From3To6Months + right.From3To6Months, left.Over6Months + right.Over6Months);
}
