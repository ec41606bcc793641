namespace SalesPlanning.Domain.Progress;

/// <summary>
/// What a rep reports for one week (周进度): money to the cent, everything else in whole numbers.
/// The limits are generous for one rep's week and guard against typing slips.
/// <see cref="NewCustomerSales"/> is the part of the sales amount sold to new customers (新客户销售额),
/// so the rest came from existing customers (DESIGN §7's new vs existing contribution).
/// <see cref="Collections3To6Months"/> and <see cref="CollectionsOver6Months"/> are the parts of the collections
/// that settled receivables more than 3 (up to 6) and more than 6 months old (账龄, seed 003 十.3: they count 50 % and
/// 0 % toward commission); the rest settled receivables up to 3 months old.
/// </summary>
public sealed record WeeklyFigures(
    decimal SalesAmount,
    long SalesVolume,
    decimal Collections,
    int Orders,
    int NewCustomers,
    int ExistingCustomerVisits,
    int Calls,
    int LostCustomers,
    decimal NewCustomerSales = 0m,
    decimal Collections3To6Months = 0m,
    decimal CollectionsOver6Months = 0m)
{
    /// <summary>Most money one rep books in one week (sales amount or collections).</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>Most units one rep sells in one week.</summary>
    public const long MaxVolume = 10_000_000;

    /// <summary>Most orders, customers, visits or calls one rep counts in one week.</summary>
    public const int MaxCount = 100_000;

    public static WeeklyFigures Zero { get; } = new(0m, 0, 0m, 0, 0, 0, 0, 0, 0m, 0m, 0m);

    /// <summary>Collections of receivables up to 3 months old: the collections less the older parts.</summary>
    public decimal CollectionsUpTo3Months => Collections - Collections3To6Months - CollectionsOver6Months;

    /// <summary>Sales to existing customers: the sales amount less the part sold to new customers.</summary>
    public decimal ExistingCustomerSales => SalesAmount - NewCustomerSales;

    /// <summary>Every broken bound as (field, message); empty when the figures are valid.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        Money(problems, nameof(SalesAmount), SalesAmount);
        Money(problems, nameof(Collections), Collections);
        Bounded(problems, nameof(SalesVolume), SalesVolume, MaxVolume);
        Bounded(problems, nameof(Orders), Orders, MaxCount);
        Bounded(problems, nameof(NewCustomers), NewCustomers, MaxCount);
        Bounded(problems, nameof(ExistingCustomerVisits), ExistingCustomerVisits, MaxCount);
        Bounded(problems, nameof(Calls), Calls, MaxCount);
        Bounded(problems, nameof(LostCustomers), LostCustomers, MaxCount);
        Money(problems, nameof(NewCustomerSales), NewCustomerSales);
        Money(problems, nameof(Collections3To6Months), Collections3To6Months);
        Money(problems, nameof(CollectionsOver6Months), CollectionsOver6Months);
        if (Collections3To6Months >= 0 && CollectionsOver6Months >= 0 && Collections >= 0
            && Collections3To6Months + CollectionsOver6Months > Collections)
        {
            // At the older part the rep filled: 3–6 months when given, else over 6 months.
            problems.Add((Collections3To6Months > 0m ? nameof(Collections3To6Months) : nameof(CollectionsOver6Months),
                "The collections of older receivables cannot exceed the week's collections."));
        }
        if (NewCustomerSales > SalesAmount && SalesAmount >= 0)
        {
            problems.Add((nameof(NewCustomerSales), $"{nameof(NewCustomerSales)} cannot exceed the week's sales amount."));
        }

        return problems;
    }

    internal static void Money(List<(string, string)> problems, string field, decimal value)
    {
        if (value < 0)
        {
            problems.Add((field, $"{field} cannot be negative."));
        }
        else if (decimal.Round(value, Common.Money.DecimalPlaces) != value)
        {
            problems.Add((field, $"{field} is kept to the cent (two decimal places)."));
        }
        else if (value > MaxAmount)
        {
            problems.Add((field, $"{field} must be at most {MaxAmount:0}."));
        }
    }

    internal static void Bounded(List<(string, string)> problems, string field, long value, long max)
    {
        if (value < 0)
        {
            problems.Add((field, $"{field} cannot be negative."));
        }
        else if (value > max)
        {
            problems.Add((field, $"{field} must be at most {max}."));
        }
    }
}
