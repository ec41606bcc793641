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
            // The figures' rules are the domain's (WeeklyFigures.Problems: every bound and the rules across figures),
            // each at the figure's name (the form's field, the API body's member) as its message key.
            RuleFor(r => r.Figures).Custom((figures, context) =>
            {
                foreach (var problem in figures.Problems())
                {
                    context.AddFailure(problem.Field, ProgressMessages.For(problem.Code));
                }
            });
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

}
