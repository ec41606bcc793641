using FluentValidation;
using SalesPlanning.Domain.Reviews;

namespace SalesPlanning.Application.Reviews;

/// <summary>Save the narrative of a plan's month-end review; <paramref name="Version"/> is the review's version as read (0 before the first save).</summary>
public sealed record SaveMonthEndNarrative(
    Guid PlanId,
    string? WhatWorked,
    string? WhatDidNot,
    string? ControllableCauses,
    string? UncontrollableCauses,
    string? Improvements,
    uint Version)
{
    public ReviewNarrativeText Narrative =>
        new(WhatWorked ?? "", WhatDidNot ?? "", ControllableCauses ?? "", UncontrollableCauses ?? "", Improvements ?? "");
}

/// <summary>Input shape: each field at most <see cref="ReviewNarrativeText.MaxLength"/> characters (required only to submit).</summary>
public sealed class SaveMonthEndNarrativeValidator : AbstractValidator<SaveMonthEndNarrative>
{
    private static readonly string TooLong = $"MonthEndRule_{ReviewRules.TooLong}|{ReviewNarrativeText.MaxLength}";

    public SaveMonthEndNarrativeValidator()
    {
        RuleFor(r => r.PlanId).NotEmpty();
        RuleFor(r => r.WhatWorked).MaximumLength(ReviewNarrativeText.MaxLength).WithMessage(TooLong);
        RuleFor(r => r.WhatDidNot).MaximumLength(ReviewNarrativeText.MaxLength).WithMessage(TooLong);
        RuleFor(r => r.ControllableCauses).MaximumLength(ReviewNarrativeText.MaxLength).WithMessage(TooLong);
        RuleFor(r => r.UncontrollableCauses).MaximumLength(ReviewNarrativeText.MaxLength).WithMessage(TooLong);
        RuleFor(r => r.Improvements).MaximumLength(ReviewNarrativeText.MaxLength).WithMessage(TooLong);
    }
}
