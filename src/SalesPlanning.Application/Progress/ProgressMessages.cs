using SalesPlanning.Domain.Progress;

namespace SalesPlanning.Application.Progress;

/// <summary>
/// Keys of the messages progress and history-import services return; the web layer shows them in the
/// user's language (Web/Localization/SharedResource*.resx, keys starting with "Progress_").
/// </summary>
public static class ProgressMessages
{
    public const string Negative = "Error_Negative";
    public const string TooLarge = "Error_TooLarge";
    public const string MoneyDecimals = "Error_MoneyDecimals";
    public const string Conflict = "Progress_Conflict";
    public const string PeriodFormat = "Error_PeriodFormat";
    public const string MonthClosed = "Progress_MonthClosed";
    public const string NoRegion = "Progress_NoRegion";
    public const string WeekNotInPeriod = "Progress_WeekNotInPeriod";
    public const string SplitMismatch = "Progress_SplitMismatch";
    public const string NewCustomerSalesAboveSales = "Progress_NewCustomerSalesAboveSales";
    public const string AgedCollectionsAboveCollections = "Progress_AgedCollectionsAboveCollections";
    public const string UnknownProduct = "Progress_UnknownProduct";
    public const string DuplicateProduct = "Progress_DuplicateProduct";
    public const string NoteTooLong = "Progress_NoteTooLong";
    public const string TooManyLines = "Progress_TooManyLines";
    public const string ScopeRequired = "Error_ScopeRequired";

    /// <summary>The message key of a broken rule of a week's entry (the domain's <see cref="ProgressRules"/> code).</summary>
    public static string For(string code) => code switch
    {
        ProgressRules.Negative => Negative,
        ProgressRules.MoneyDecimals => MoneyDecimals,
        ProgressRules.TooLarge => TooLarge,
        ProgressRules.NewCustomerSalesAboveSales => NewCustomerSalesAboveSales,
        ProgressRules.AgedCollectionsAboveCollections => AgedCollectionsAboveCollections,
        ProgressRules.NoteTooLong => NoteTooLong,
        ProgressRules.TooManyLines => TooManyLines,
        ProgressRules.ProductMissing => UnknownProduct,
        ProgressRules.DuplicateProduct => DuplicateProduct,
        ProgressRules.SplitMismatch => SplitMismatch,
        _ => code,
    };
}
