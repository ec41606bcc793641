using FluentValidation;

namespace SalesPlanning.Application.Targets;

/// <summary>
/// Input shape of target requests; messages come in the user's language (FluentValidation's own
/// texts follow the current UI culture). The metric's precision and maximum are the domain's
/// (<see cref="Domain.Targets.MetricRules"/>), checked when the change is applied.
/// </summary>
public sealed class SetTargetAmountValidator : AbstractValidator<SetTargetAmount>
{
    public SetTargetAmountValidator()
    {
        RuleFor(r => r.Metric).IsInEnum();
        RuleFor(r => r.Amount).GreaterThanOrEqualTo(0m);
    }
}

public sealed class SaveBreakdownValidator : AbstractValidator<SaveBreakdown>
{
    /// <summary>More members than any company has; guards the server against huge requests.</summary>
    public const int MaxLines = 5000;

    public SaveBreakdownValidator()
    {
        RuleFor(r => r.Metric).IsInEnum();
        RuleFor(r => r.Dimension).IsInEnum();
        RuleFor(r => r.ScopeKind).IsInEnum();
        RuleFor(r => r.Amounts).NotNull().WithMessage(TargetMessages.AmountsRequired);
        // Each amount is checked per row by the service (TargetMessages.AmountProblem), keyed by member.
        RuleFor(r => r.Amounts.Count).LessThanOrEqualTo(MaxLines).When(r => r.Amounts is not null);
    }
}
