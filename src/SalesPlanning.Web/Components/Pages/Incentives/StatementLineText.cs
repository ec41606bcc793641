using Microsoft.Extensions.Localization;
using SalesPlanning.Domain.Incentives;
using SalesPlanning.Web.Components.Shared;
using SalesPlanning.Web.Exports;

namespace SalesPlanning.Web.Components.Pages.Incentives;

/// <summary>
/// What a statement line came from, in the user's language: "base 6,000.00 × 80.00 %", the commission base from the
/// collections by age and the tier, the share of the pool, the holdback (issue 14: every line with its figures).
/// </summary>
public static class StatementLineText
{
    public static string Explain(IStringLocalizer text, IncentiveStatement statement, StatementLine line)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(line);
        return line.Kind switch
        {
            LineKind.BasePay when line.Percent is null or 100m => text["Incentive_Explain_BasePay", Numbers.Money(line.Basis)],
            LineKind.BasePay when statement.AchievementPercent < line.Percent =>
                text["Incentive_Explain_BasePayFloor", Numbers.Money(line.Basis), Numbers.Percent(line.Percent), Numbers.Percent(statement.AchievementPercent)],
            LineKind.BasePay => text["Incentive_Explain_BasePayMissed", Numbers.Money(line.Basis), Numbers.Percent(line.Percent)],
            LineKind.Commission => text["Incentive_Explain_Commission", Numbers.Money(line.Basis), Numbers.Percent(line.Percent),
                line.Tier is { } tier ? IncentiveWorkbook.TierText(tier) : "", Numbers.Money(statement.Collections.UpTo3Months),
                Numbers.Money(statement.Collections.From3To6Months), Numbers.Money(statement.Collections.Over6Months)],
            LineKind.PoolShare => text["Incentive_Explain_PoolShare", Numbers.Percent(line.Percent), Numbers.Money(line.Basis)],
            LineKind.PoolShareForfeited => text["Incentive_Explain_Forfeited", Numbers.Money(line.Basis)],
            LineKind.QuarterBest => text["Incentive_Explain_QuarterBest", Numbers.Percent(line.Percent), Numbers.Money(line.Basis)],
            LineKind.OverTarget => text["Incentive_Explain_OverTarget", Numbers.Percent(line.Percent), Numbers.Money(line.Basis)],
            LineKind.Holdback => text["Incentive_Explain_Holdback", Numbers.Percent(line.Percent), Numbers.Money(line.Basis)],
            LineKind.HoldbackRelease => text["Incentive_Explain_Release", Numbers.Money(line.Basis)],
            _ => "",
        };
    }
}
