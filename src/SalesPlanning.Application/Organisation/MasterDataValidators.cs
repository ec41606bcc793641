using FluentValidation;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Organisation;

/// <summary>Input shape of master data requests; messages are keys (<see cref="MasterDataMessages"/>).</summary>
internal static class MasterDataRules
{
    /// <summary>Letters, digits, '-', '_' and '.': codes travel in CSV files and URLs.</summary>
    public const string CodePattern = "^[A-Za-z0-9_.-]+$";

    public static void Code<T>(IRuleBuilderInitial<T, string> rule) =>
        Text(rule, TextLimits.Code, MasterDataMessages.CodeRequired, MasterDataMessages.CodeTooLong)
            .Matches(CodePattern).WithMessage(MasterDataMessages.CodeFormat);

    public static void Name<T>(IRuleBuilderInitial<T, string> rule) =>
        Text(rule, TextLimits.Name, MasterDataMessages.NameRequired, MasterDataMessages.NameTooLong);

    public static void Unit<T>(IRuleBuilderInitial<T, string> rule) =>
        Text(rule, TextLimits.Unit, MasterDataMessages.UnitRequired, MasterDataMessages.UnitTooLong);

    /// <summary>The domain's rule of a short text (<see cref="OrganisationRules.TextProblem"/>), asked rather than copied.</summary>
    private static IRuleBuilderOptions<T, string> Text<T>(IRuleBuilderInitial<T, string> rule, int maxLength, string required, string tooLong) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(v => OrganisationRules.TextProblem(v, maxLength) != OrganisationRules.Required).WithMessage(required)
            .Must(v => OrganisationRules.TextProblem(v, maxLength) != OrganisationRules.TooLong).WithMessage(tooLong);
}

public sealed class SaveRegionValidator : AbstractValidator<SaveRegion>
{
    public SaveRegionValidator()
    {
        MasterDataRules.Code(RuleFor(r => r.Code));
        MasterDataRules.Name(RuleFor(r => r.Name));
    }
}

public sealed class SaveProductLineValidator : AbstractValidator<SaveProductLine>
{
    public SaveProductLineValidator()
    {
        MasterDataRules.Code(RuleFor(r => r.Code));
        MasterDataRules.Name(RuleFor(r => r.NameZh));
        MasterDataRules.Name(RuleFor(r => r.NameEn));
    }
}

public sealed class SaveProductValidator : AbstractValidator<SaveProduct>
{
    public SaveProductValidator()
    {
        MasterDataRules.Code(RuleFor(r => r.Code));
        MasterDataRules.Name(RuleFor(r => r.NameZh));
        MasterDataRules.Name(RuleFor(r => r.NameEn));
        MasterDataRules.Unit(RuleFor(r => r.Unit));
        RuleFor(r => r.ProductLineId).NotEmpty().WithMessage(MasterDataMessages.LineRequired);
    }
}

public sealed class SaveSegmentValidator : AbstractValidator<SaveSegment>
{
    public SaveSegmentValidator()
    {
        MasterDataRules.Code(RuleFor(r => r.Code));
        MasterDataRules.Name(RuleFor(r => r.NameZh));
        MasterDataRules.Name(RuleFor(r => r.NameEn));
        RuleFor(r => r.Kind).IsInEnum().WithMessage(MasterDataMessages.KindInvalid);
    }
}
