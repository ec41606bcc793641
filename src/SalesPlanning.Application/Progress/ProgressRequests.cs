using FluentValidation;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.Application.Progress;

/// <summary>
/// Create or replace the caller's entry for one week. <see cref="Version"/> is the version read
/// (null when there was no entry); a save from a stale version is refused unless it repeats exactly
/// what is stored (a retried request), which answers OK and changes nothing.
/// </summary>
public sealed record SaveProgressEntry(
    Period Period,
    int Week,
    WeeklyFigures Figures,
    string? Note,
    IReadOnlyList<ProductFigures>? Lines,
    uint? Version);

/// <summary>Input shape of a week's entry; the sums of the product split are the domain's rule.</summary>
public sealed class SaveProgressEntryValidator : AbstractValidator<SaveProgressEntry>
{
    public SaveProgressEntryValidator()
    {
        RuleFor(r => r.Period).NotNull();
        RuleFor(r => r.Week).InclusiveBetween(1, 6).WithMessage(ProgressMessages.WeekNotInPeriod);
        RuleFor(r => r.Figures).NotNull();
        When(r => r.Figures is not null, () =>
        {
            // Every figure's bounds, at the figure's name (the form's field, the API body's member).
            foreach (var figure in WeeklyFigures.All)
            {
                var rule = RuleFor(r => figure.ValueOf(r.Figures));
                (figure.Kind == FigureKind.Money ? Money(rule, figure.Max) : Count(rule, figure.Max)).OverridePropertyName(figure.Name);
            }

            // The rules across figures.
            RuleFor(r => r.Figures.NewCustomerSales).LessThanOrEqualTo(r => r.Figures.SalesAmount).WithMessage(ProgressMessages.NewCustomerSalesAboveSales)
                .OverridePropertyName(nameof(WeeklyFigures.NewCustomerSales)).When(r => r.Figures.SalesAmount >= 0m);
            // The message sits at the older part the rep filled: 3–6 months when given, else over 6 months.
            RuleFor(r => r.Figures.Collections3To6Months + r.Figures.CollectionsOver6Months).LessThanOrEqualTo(r => r.Figures.Collections)
                .WithMessage(ProgressMessages.AgedCollectionsAboveCollections).OverridePropertyName(nameof(WeeklyFigures.Collections3To6Months))
                .When(r => r.Figures.Collections >= 0m && r.Figures.Collections3To6Months > 0m && r.Figures.CollectionsOver6Months >= 0m);
            RuleFor(r => r.Figures.CollectionsOver6Months).LessThanOrEqualTo(r => r.Figures.Collections)
                .WithMessage(ProgressMessages.AgedCollectionsAboveCollections).OverridePropertyName(nameof(WeeklyFigures.CollectionsOver6Months))
                .When(r => r.Figures.Collections >= 0m && r.Figures.Collections3To6Months == 0m && r.Figures.CollectionsOver6Months >= 0m);
        });
        RuleFor(r => r.Note).MaximumLength(ProgressEntry.NoteMaxLength).WithMessage(ProgressMessages.NoteTooLong);
        RuleFor(r => r.Lines!.Count).LessThanOrEqualTo(ProgressEntry.MaxLines).WithMessage(ProgressMessages.TooManyLines)
            .OverridePropertyName(nameof(SaveProgressEntry.Lines)).When(r => r.Lines is not null);
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            Money(line.RuleFor(l => l.SalesAmount), WeeklyFigures.MaxAmount);
            Money(line.RuleFor(l => l.Collections), WeeklyFigures.MaxAmount);
            line.RuleFor(l => l.SalesVolume).GreaterThanOrEqualTo(0).WithMessage(ProgressMessages.Negative)
                .LessThanOrEqualTo(WeeklyFigures.MaxVolume).WithMessage(ProgressMessages.TooLarge);
            line.RuleFor(l => l.ProductId).NotEmpty().WithMessage(ProgressMessages.UnknownProduct);
        });
    }

    private static IRuleBuilderOptions<T, decimal> Money<T>(IRuleBuilder<T, decimal> rule, decimal max) =>
        rule.GreaterThanOrEqualTo(0m).WithMessage(ProgressMessages.Negative)
            .Must(v => decimal.Round(v, Domain.Common.Money.DecimalPlaces) == v).WithMessage(ProgressMessages.MoneyDecimals)
            .LessThanOrEqualTo(max).WithMessage(ProgressMessages.TooLarge);

    private static IRuleBuilderOptions<T, decimal> Count<T>(IRuleBuilder<T, decimal> rule, decimal max) =>
        rule.GreaterThanOrEqualTo(0m).WithMessage(ProgressMessages.Negative)
            .LessThanOrEqualTo(max).WithMessage(ProgressMessages.TooLarge);
}
