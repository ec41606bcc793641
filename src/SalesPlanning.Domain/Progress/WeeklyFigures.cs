namespace SalesPlanning.Domain.Progress;

/// <summary>
/// What a rep reports for one week (周进度): money to the cent, everything else in whole numbers.
/// The limits are generous for one rep's week and guard against typing slips.
/// <see cref="NewCustomerSales"/> is the part of the sales amount sold to new customers (新客户销售额),
/// so the rest came from existing customers (DESIGN §7's new vs existing contribution).
/// <see cref="Collections3To6Months"/> and <see cref="CollectionsOver6Months"/> are the parts of the collections
/// that settled receivables more than 3 (up to 6) and more than 6 months old (账龄, seed 003 十.3: they count 50 % and
/// 0 % toward commission); the rest settled receivables up to 3 months old.
/// The figures are one value, passed whole from the form or API body to the entry, its view and its audit, and stored as
/// one EF Core complex property (a column each, named in ProgressEntryConfiguration). A new figure is a property here
/// (with a default, so callers without it send 0), its line in <see cref="All"/>, any rule across figures in
/// <see cref="Problems"/>, its column and migration, its API body field and its label.
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

    /// <summary>
    /// Every figure in the order a rep reports them (My weeks' columns): sales, volume, collections and their older parts,
    /// then the customers' counts and sales. The one list that bounds, forms, the API's answers and the audit go over.
    /// </summary>
    public static IReadOnlyList<WeeklyFigure> All { get; } =
    [
        WeeklyFigure.Money(nameof(SalesAmount), f => f.SalesAmount, (f, v) => f with { SalesAmount = v }),
        WeeklyFigure.Count(nameof(SalesVolume), MaxVolume, f => f.SalesVolume, (f, v) => f with { SalesVolume = v }),
        WeeklyFigure.Money(nameof(Collections), f => f.Collections, (f, v) => f with { Collections = v }),
        WeeklyFigure.Money(nameof(Collections3To6Months), f => f.Collections3To6Months, (f, v) => f with { Collections3To6Months = v }),
        WeeklyFigure.Money(nameof(CollectionsOver6Months), f => f.CollectionsOver6Months, (f, v) => f with { CollectionsOver6Months = v }),
        WeeklyFigure.Count(nameof(Orders), MaxCount, f => f.Orders, (f, v) => f with { Orders = checked((int)v) }),
        WeeklyFigure.Count(nameof(NewCustomers), MaxCount, f => f.NewCustomers, (f, v) => f with { NewCustomers = checked((int)v) }),
        WeeklyFigure.Money(nameof(NewCustomerSales), f => f.NewCustomerSales, (f, v) => f with { NewCustomerSales = v }),
        WeeklyFigure.Count(nameof(ExistingCustomerVisits), MaxCount, f => f.ExistingCustomerVisits, (f, v) => f with { ExistingCustomerVisits = checked((int)v) }),
        WeeklyFigure.Count(nameof(Calls), MaxCount, f => f.Calls, (f, v) => f with { Calls = checked((int)v) }),
        WeeklyFigure.Count(nameof(LostCustomers), MaxCount, f => f.LostCustomers, (f, v) => f with { LostCustomers = checked((int)v) }),
    ];

    /// <summary>The figure of that name (as <see cref="WeeklyFigure.Name"/>, ordinal); null when there is none.</summary>
    public static WeeklyFigure? Named(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>Collections of receivables up to 3 months old: the collections less the older parts.</summary>
    public decimal CollectionsUpTo3Months => Collections - Collections3To6Months - CollectionsOver6Months;

    /// <summary>Sales to existing customers: the sales amount less the part sold to new customers.</summary>
    public decimal ExistingCustomerSales => SalesAmount - NewCustomerSales;

    /// <summary>Every broken rule, coded (<see cref="ProgressRules"/>) at the figure's name; empty when the figures are valid.</summary>
    public IReadOnlyList<ProgressProblem> Problems()
    {
        var problems = new List<ProgressProblem>();
        foreach (var figure in All)
        {
            figure.Check(problems, this);
        }

        // The rules across figures.
        if (Collections3To6Months >= 0 && CollectionsOver6Months >= 0 && Collections >= 0
            && Collections3To6Months + CollectionsOver6Months > Collections)
        {
            // At the older part the rep filled: 3–6 months when given, else over 6 months.
            problems.Add(new(Collections3To6Months > 0m ? nameof(Collections3To6Months) : nameof(CollectionsOver6Months),
                ProgressRules.AgedCollectionsAboveCollections));
        }
        if (NewCustomerSales > SalesAmount && SalesAmount >= 0)
        {
            problems.Add(new(nameof(NewCustomerSales), ProgressRules.NewCustomerSalesAboveSales));
        }

        return problems;
    }

    /// <summary>The code of a money figure's broken bound (not negative, to the cent, at most <see cref="MaxAmount"/>), or null.</summary>
    internal static string? MoneyProblem(decimal value) =>
        value < 0 ? ProgressRules.Negative
        : decimal.Round(value, Common.Money.DecimalPlaces) != value ? ProgressRules.MoneyDecimals
        : value > MaxAmount ? ProgressRules.TooLarge
        : null;

    /// <summary>The code of a count's broken bound (not negative, at most <paramref name="max"/>), or null.</summary>
    internal static string? CountProblem(long value, long max) =>
        value < 0 ? ProgressRules.Negative : value > max ? ProgressRules.TooLarge : null;
}
