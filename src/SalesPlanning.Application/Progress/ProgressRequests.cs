using FluentValidation;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.Application.Progress;

/// <summary>
/// Create or replace the caller's entry for one week. <see cref="Version"/> is the version read
/// (null when there was no entry); a save from a stale version is refused unless it repeats exactly
/// what is stored (a retried request), which answers OK and changes nothing.
/// <see cref="NewCustomerSales"/> (the part of the sales amount sold to new customers) comes last
/// and is optional: callers written before it send none, which is 0. So are the collections of receivables older
/// than 3 months (<see cref="Collections3To6Months"/>, <see cref="CollectionsOver6Months"/>): none sent, all are recent.
/// </summary>
public sealed record SaveProgressEntry(
    Period Period,
    int Week,
    decimal SalesAmount,
    long SalesVolume,
    decimal Collections,
    int Orders,
    int NewCustomers,
    int ExistingCustomerVisits,
    int Calls,
    int LostCustomers,
    string? Note,
    IReadOnlyList<ProductFigures>? Lines,
    uint? Version,
    decimal NewCustomerSales = 0m,
    decimal Collections3To6Months = 0m,
    decimal CollectionsOver6Months = 0m)
{
    public WeeklyFigures Figures => new(SalesAmount, SalesVolume, Collections, Orders, NewCustomers, ExistingCustomerVisits, Calls, LostCustomers, NewCustomerSales,
        Collections3To6Months, CollectionsOver6Months);
}

/// <summary>Input shape of a week's entry; the sums of the product split are the domain's rule.</summary>
public sealed class SaveProgressEntryValidator : AbstractValidator<SaveProgressEntry>
{
    public SaveProgressEntryValidator()
    {
        RuleFor(r => r.Period).NotNull();
        RuleFor(r => r.Week).InclusiveBetween(1, 6).WithMessage(ProgressMessages.WeekNotInPeriod);
        Money(RuleFor(r => r.SalesAmount));
        Money(RuleFor(r => r.Collections));
        Money(RuleFor(r => r.NewCustomerSales));
        RuleFor(r => r.NewCustomerSales).LessThanOrEqualTo(r => r.SalesAmount).WithMessage(ProgressMessages.NewCustomerSalesAboveSales)
            .When(r => r.SalesAmount >= 0m);
        Money(RuleFor(r => r.Collections3To6Months));
        Money(RuleFor(r => r.CollectionsOver6Months));
        // The message sits at the older part the rep filled: 3–6 months when given, else over 6 months.
        RuleFor(r => r.Collections3To6Months + r.CollectionsOver6Months).LessThanOrEqualTo(r => r.Collections)
            .WithMessage(ProgressMessages.AgedCollectionsAboveCollections).OverridePropertyName(nameof(SaveProgressEntry.Collections3To6Months))
            .When(r => r.Collections >= 0m && r.Collections3To6Months > 0m && r.CollectionsOver6Months >= 0m);
        RuleFor(r => r.CollectionsOver6Months).LessThanOrEqualTo(r => r.Collections)
            .WithMessage(ProgressMessages.AgedCollectionsAboveCollections)
            .When(r => r.Collections >= 0m && r.Collections3To6Months == 0m && r.CollectionsOver6Months >= 0m);
        RuleFor(r => r.SalesVolume).GreaterThanOrEqualTo(0).WithMessage(ProgressMessages.Negative)
            .LessThanOrEqualTo(WeeklyFigures.MaxVolume).WithMessage(ProgressMessages.TooLarge);
        Count(RuleFor(r => r.Orders));
        Count(RuleFor(r => r.NewCustomers));
        Count(RuleFor(r => r.ExistingCustomerVisits));
        Count(RuleFor(r => r.Calls));
        Count(RuleFor(r => r.LostCustomers));
        RuleFor(r => r.Note).MaximumLength(ProgressEntry.NoteMaxLength).WithMessage(ProgressMessages.NoteTooLong);
        RuleFor(r => r.Lines!.Count).LessThanOrEqualTo(ProgressEntry.MaxLines).WithMessage(ProgressMessages.TooManyLines)
            .OverridePropertyName(nameof(SaveProgressEntry.Lines)).When(r => r.Lines is not null);
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            Money(line.RuleFor(l => l.SalesAmount));
            Money(line.RuleFor(l => l.Collections));
            line.RuleFor(l => l.SalesVolume).GreaterThanOrEqualTo(0).WithMessage(ProgressMessages.Negative)
                .LessThanOrEqualTo(WeeklyFigures.MaxVolume).WithMessage(ProgressMessages.TooLarge);
            line.RuleFor(l => l.ProductId).NotEmpty().WithMessage(ProgressMessages.UnknownProduct);
        });
    }

    private static void Money<T>(IRuleBuilderInitial<T, decimal> rule) =>
        rule.GreaterThanOrEqualTo(0m).WithMessage(ProgressMessages.Negative)
            .Must(v => decimal.Round(v, Domain.Common.Money.DecimalPlaces) == v).WithMessage(ProgressMessages.MoneyDecimals)
            .LessThanOrEqualTo(WeeklyFigures.MaxAmount).WithMessage(ProgressMessages.TooLarge);

    private static void Count<T>(IRuleBuilderInitial<T, int> rule) =>
        rule.GreaterThanOrEqualTo(0).WithMessage(ProgressMessages.Negative)
            .LessThanOrEqualTo(WeeklyFigures.MaxCount).WithMessage(ProgressMessages.TooLarge);
}
