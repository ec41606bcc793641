using System.Globalization;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Domain.Plans;

/// <summary>
/// What a manager writes in one section of the plan. Each kind checks its own fields
/// (<see cref="ProblemsIn"/>) and says when it is complete enough to show the section's mark.
/// </summary>
public abstract record SectionContent
{
    public abstract PlanSection Section { get; }

    /// <summary>Every field rule the content breaks for a plan of <paramref name="period"/>; empty when it may be saved.</summary>
    public IReadOnlyList<PlanProblem> ProblemsIn(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var checks = new SectionChecks(Section, period);
        Check(checks);
        return checks.Problems;
    }

    /// <summary>Whether the section is filled in far enough for its completeness mark.</summary>
    public abstract bool IsComplete(Period period);

    /// <summary>The empty content of a section nobody has saved yet.</summary>
    public static SectionContent Empty(PlanSection section) => section switch
    {
        PlanSection.Review => new ReviewNarrative("", "", ""),
        PlanSection.Targets => new TargetBasis(""),
        PlanSection.Strategies => new StrategiesContent([]),
        PlanSection.Activities => new ActivitiesContent([]),
        PlanSection.Resources => new ResourcesContent([]),
        PlanSection.Forecast => new ForecastContent([], []),
        PlanSection.Risks => new RisksContent([]),
        PlanSection.Tracking => new TrackingContent([], []),
        _ => throw new DomainException($"{(int)section} is not a section of the plan."),
    };

    internal abstract void Check(SectionChecks checks);

    private protected static string Item(string list, int index, string field) =>
        string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{field}");
}

/// <summary>§4.1 narrative beside the computed review: highlights, problems and causes, lessons.</summary>
public sealed record ReviewNarrative(string Highlights, string Problems, string Lessons) : SectionContent
{
    public override PlanSection Section => PlanSection.Review;

    public override bool IsComplete(Period period) =>
        !string.IsNullOrWhiteSpace(Highlights) && !string.IsNullOrWhiteSpace(Problems) && !string.IsNullOrWhiteSpace(Lessons);

    internal override void Check(SectionChecks checks)
    {
        checks.Text(nameof(Highlights), Highlights);
        checks.Text(nameof(Problems), Problems);
        checks.Text(nameof(Lessons), Lessons);
    }
}

/// <summary>§4.2 the basis of the month's targets (目标设定依据); the targets themselves live in Targets.</summary>
public sealed record TargetBasis(string Basis) : SectionContent
{
    public override PlanSection Section => PlanSection.Targets;

    public override bool IsComplete(Period period) => !string.IsNullOrWhiteSpace(Basis);

    internal override void Check(SectionChecks checks) => checks.Text(nameof(Basis), Basis);
}

public enum StrategyGroup
{
    /// <summary>市场拓展.</summary>
    MarketExpansion,

    /// <summary>客户开发与大客户.</summary>
    CustomerDevelopment,

    /// <summary>产品与促销.</summary>
    ProductPromotion,

    /// <summary>团队培训与激励.</summary>
    TeamTraining,
}

public sealed record StrategyItem(StrategyGroup Group, string Action, string Owner, DateOnly? Due);

/// <summary>§4.3 strategies in four groups, each with an owner and a due date.</summary>
public sealed record StrategiesContent(IReadOnlyList<StrategyItem> Items) : SectionContent
{
    public override PlanSection Section => PlanSection.Strategies;

    public override bool IsComplete(Period period) => Items.Count > 0;

    internal override void Check(SectionChecks checks)
    {
        checks.Count(nameof(Items), Items, PlanLimits.MaxItems);
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            checks.Defined(Item(nameof(Items), i, nameof(item.Group)), item.Group);
            checks.RequiredText(Item(nameof(Items), i, nameof(item.Action)), item.Action, PlanLimits.ItemText);
            checks.RequiredText(Item(nameof(Items), i, nameof(item.Owner)), item.Owner);
            if (item.Due is null)
            {
                checks.Add(Item(nameof(Items), i, nameof(item.Due)), PlanRules.Required);
            }

            checks.NearPeriod(Item(nameof(Items), i, nameof(item.Due)), item.Due);
        }
    }
}

public sealed record ActivityItem(
    string Theme, string Type, DateOnly Start, DateOnly End, string Place, string Participants, string ExpectedResult, string Owner);

/// <summary>§4.4 sales activities, each within the month, shown on its timeline.</summary>
public sealed record ActivitiesContent(IReadOnlyList<ActivityItem> Items) : SectionContent
{
    public override PlanSection Section => PlanSection.Activities;

    public override bool IsComplete(Period period) => Items.Count > 0;

    internal override void Check(SectionChecks checks)
    {
        checks.Count(nameof(Items), Items, PlanLimits.MaxItems);
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            checks.RequiredText(Item(nameof(Items), i, nameof(item.Theme)), item.Theme);
            checks.RequiredText(Item(nameof(Items), i, nameof(item.Type)), item.Type);
            checks.InPeriod(Item(nameof(Items), i, nameof(item.Start)), item.Start);
            checks.InPeriod(Item(nameof(Items), i, nameof(item.End)), item.End);
            if (item.End < item.Start)
            {
                checks.Add(Item(nameof(Items), i, nameof(item.End)), PlanRules.EndBeforeStart);
            }

            checks.Text(Item(nameof(Items), i, nameof(item.Place)), item.Place, PlanLimits.ShortText);
            checks.Text(Item(nameof(Items), i, nameof(item.Participants)), item.Participants, PlanLimits.ItemText);
            checks.Text(Item(nameof(Items), i, nameof(item.ExpectedResult)), item.ExpectedResult, PlanLimits.ItemText);
            checks.RequiredText(Item(nameof(Items), i, nameof(item.Owner)), item.Owner);
        }
    }
}

public enum ResourceKind
{
    /// <summary>市场支持.</summary>
    Marketing,

    /// <summary>技术支持.</summary>
    Technical,

    /// <summary>其他.</summary>
    Other,
}

public sealed record ResourceNeed(ResourceKind Kind, string Description, decimal Budget, DateOnly? NeededBy, string Coordinator);

/// <summary>§4.5 resource needs with their budget; having none is a valid answer.</summary>
public sealed record ResourcesContent(IReadOnlyList<ResourceNeed> Items) : SectionContent
{
    public override PlanSection Section => PlanSection.Resources;

    public decimal TotalBudget => Items.Sum(i => i.Budget);

    public override bool IsComplete(Period period) => true;

    internal override void Check(SectionChecks checks)
    {
        checks.Count(nameof(Items), Items, PlanLimits.MaxItems);
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            checks.Defined(Item(nameof(Items), i, nameof(item.Kind)), item.Kind);
            checks.RequiredText(Item(nameof(Items), i, nameof(item.Description)), item.Description, PlanLimits.ItemText);
            checks.Amount(Item(nameof(Items), i, nameof(item.Budget)), Metric.SalesAmount, item.Budget);
            checks.NearPeriod(Item(nameof(Items), i, nameof(item.NeededBy)), item.NeededBy);
            checks.Text(Item(nameof(Items), i, nameof(item.Coordinator)), item.Coordinator, PlanLimits.ShortText);
        }

        if (Items.Count > 0 && Items.All(i => i.Budget >= 0) && TotalBudget > Money.MaxValue)
        {
            checks.Add(nameof(TotalBudget), PlanRules.TooLarge, MetricRules.Format(Metric.SalesAmount, Money.MaxValue));
        }
    }
}

/// <summary>The forecast of one week of the month (<see cref="WeekOfMonth.Number"/>); blank figures are not filled yet.</summary>
public sealed record WeeklyForecast(int Week, decimal? SalesAmount, long? SalesVolume, decimal? Collections)
{
    public decimal? For(Metric metric) => metric switch
    {
        Metric.SalesAmount => SalesAmount,
        Metric.SalesVolume => SalesVolume,
        Metric.Collections => Collections,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };
}

/// <summary>The rolling volume forecast of one product for the two months after the plan's.</summary>
public sealed record ProductForecast(Guid ProductId, long NextMonth, long MonthAfter);

/// <summary>§4.6 the weekly forecast per metric and the rolling product volume forecast.</summary>
public sealed record ForecastContent(IReadOnlyList<WeeklyForecast> Weeks, IReadOnlyList<ProductForecast> Products) : SectionContent
{
    public override PlanSection Section => PlanSection.Forecast;

    public decimal Total(Metric metric) => Weeks.Sum(w => w.For(metric) ?? 0m);

    public override bool IsComplete(Period period) => MissingWeeks(period).Count == 0;

    /// <summary>Each metric's weeks of the period without a forecast.</summary>
    public IReadOnlyList<(Metric Metric, int Week)> MissingWeeks(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return [.. from metric in Enum.GetValues<Metric>()
                   from week in period.Weeks()
                   where Weeks.FirstOrDefault(w => w.Week == week.Number)?.For(metric) is null
                   select (metric, week.Number)];
    }

    internal override void Check(SectionChecks checks)
    {
        var weeks = checks.Period.Weeks().Count;
        var seen = new HashSet<int>();
        for (var i = 0; i < Weeks.Count; i++)
        {
            var week = Weeks[i];
            if (week.Week < 1 || week.Week > weeks)
            {
                checks.Add(Item(nameof(Weeks), i, nameof(week.Week)), PlanRules.UnknownWeek, SectionChecks.Invariant(weeks));
            }
            else if (!seen.Add(week.Week))
            {
                checks.Add(Item(nameof(Weeks), i, nameof(week.Week)), PlanRules.Duplicate);
            }

            foreach (var metric in Enum.GetValues<Metric>())
            {
                checks.Amount(Item(nameof(Weeks), i, metric.ToString()), metric, week.For(metric));
            }
        }

        checks.Count(nameof(Products), Products, PlanLimits.MaxItems * 5);
        var products = new HashSet<Guid>();
        for (var i = 0; i < Products.Count; i++)
        {
            var product = Products[i];
            if (product.ProductId == Guid.Empty)
            {
                checks.Add(Item(nameof(Products), i, nameof(product.ProductId)), PlanRules.Required);
            }
            else if (!products.Add(product.ProductId))
            {
                checks.Add(Item(nameof(Products), i, nameof(product.ProductId)), PlanRules.Duplicate);
            }

            checks.Amount(Item(nameof(Products), i, nameof(product.NextMonth)), Metric.SalesVolume, product.NextMonth);
            checks.Amount(Item(nameof(Products), i, nameof(product.MonthAfter)), Metric.SalesVolume, product.MonthAfter);
        }
    }
}

public enum RiskCategory
{
    /// <summary>市场风险.</summary>
    Market,

    /// <summary>内部风险.</summary>
    Internal,

    /// <summary>客户风险.</summary>
    Customer,
}

/// <summary>A risk scored by likelihood × impact, each 1–5.</summary>
public sealed record RiskItem(RiskCategory Category, string Description, int Likelihood, int Impact, string Response)
{
    public int Score => Likelihood * Impact;
}

/// <summary>§4.7 risks with their response plans.</summary>
public sealed record RisksContent(IReadOnlyList<RiskItem> Items) : SectionContent
{
    public override PlanSection Section => PlanSection.Risks;

    public override bool IsComplete(Period period) => Items.Count > 0;

    internal override void Check(SectionChecks checks)
    {
        checks.Count(nameof(Items), Items, PlanLimits.MaxItems);
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            checks.Defined(Item(nameof(Items), i, nameof(item.Category)), item.Category);
            checks.RequiredText(Item(nameof(Items), i, nameof(item.Description)), item.Description, PlanLimits.ItemText);
            checks.Range(Item(nameof(Items), i, nameof(item.Likelihood)), item.Likelihood, 1, PlanLimits.MaxRiskScore);
            checks.Range(Item(nameof(Items), i, nameof(item.Impact)), item.Impact, 1, PlanLimits.MaxRiskScore);
            checks.RequiredText(Item(nameof(Items), i, nameof(item.Response)), item.Response, PlanLimits.ItemText);
        }
    }
}

/// <summary>A KPI and its weight in percent (seed 004 lists the usual ones).</summary>
public sealed record KpiWeight(string Name, decimal Weight);

/// <summary>§4.8 review meetings in the month and KPI weights summing to 100.</summary>
public sealed record TrackingContent(IReadOnlyList<DateOnly> ReviewMeetings, IReadOnlyList<KpiWeight> Kpis) : SectionContent
{
    public override PlanSection Section => PlanSection.Tracking;

    public decimal TotalWeight => Kpis.Sum(k => k.Weight);

    public override bool IsComplete(Period period) => ReviewMeetings.Count > 0 && Kpis.Count > 0 && TotalWeight == 100m;

    internal override void Check(SectionChecks checks)
    {
        checks.Count(nameof(ReviewMeetings), ReviewMeetings, PlanLimits.MaxItems);
        for (var i = 0; i < ReviewMeetings.Count; i++)
        {
            checks.InPeriod(string.Create(CultureInfo.InvariantCulture, $"{nameof(ReviewMeetings)}[{i}]"), ReviewMeetings[i]);
        }

        checks.Count(nameof(Kpis), Kpis, PlanLimits.MaxItems);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Kpis.Count; i++)
        {
            var kpi = Kpis[i];
            checks.RequiredText(Item(nameof(Kpis), i, nameof(kpi.Name)), kpi.Name);
            if (!string.IsNullOrWhiteSpace(kpi.Name) && !names.Add(kpi.Name.Trim()))
            {
                checks.Add(Item(nameof(Kpis), i, nameof(kpi.Name)), PlanRules.Duplicate);
            }

            if (kpi.Weight is < 0m or > 100m || decimal.Round(kpi.Weight, 2) != kpi.Weight)
            {
                checks.Add(Item(nameof(Kpis), i, nameof(kpi.Weight)), PlanRules.OutOfRange, "0", "100");
            }
        }
    }
}
