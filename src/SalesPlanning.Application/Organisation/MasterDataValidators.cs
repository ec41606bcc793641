using FluentValidation;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.Application.Organisation;

/// <summary>Input shape of master data requests; messages are keys (<see cref="MasterDataMessages"/>).</summary>
internal static class MasterDataRules
{
    /// <summary>Letters, digits, '-', '_' and '.': codes travel in CSV files and URLs.</summary>
    public const string CodePattern = "^[A-Za-z0-9_.-]+$";

    public static void Code<T>(IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(MasterDataMessages.CodeRequired)
            .Must(c => c.Trim().Length <= TextLimits.Code).WithMessage(MasterDataMessages.CodeTooLong)
            .Matches(CodePattern).WithMessage(MasterDataMessages.CodeFormat);

    public static void Name<T>(IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(MasterDataMessages.NameRequired)
            .Must(n => n.Trim().Length <= TextLimits.Name).WithMessage(MasterDataMessages.NameTooLong);
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
        RuleFor(r => r.Unit).Cascade(CascadeMode.Stop)
            .Must(u => !string.IsNullOrWhiteSpace(u)).WithMessage(MasterDataMessages.UnitRequired)
            .Must(u => u.Trim().Length <= TextLimits.Unit).WithMessage(MasterDataMessages.UnitTooLong);
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
