namespace SalesPlanning.Domain.Performance;

/// <summary>
/// The KPIs of a rep's monthly scorecard (绩效考核, seed 004 §六; DESIGN §9). The numbers in the
/// comments are the seed's items. Stored by name.
/// </summary>
public enum Kpi
{
    /// <summary>1–2 销售额达成率: sales amount against the rep's target.</summary>
    SalesAmount = 1,

    /// <summary>3 / 8 新客户开发数量: new customers developed against a count target.</summary>
    NewCustomers = 2,

    /// <summary>4 现有客户拜访数量: visits to existing customers against a count target.</summary>
    Visits = 3,

    /// <summary>5 电话销售拜访数量: calls against a count target.</summary>
    Calls = 4,

    /// <summary>6 订单数量: orders against a count target.</summary>
    Orders = 5,

    /// <summary>7 增长率: this month's sales amount against last month's (achievement = 1 + MoM).</summary>
    Growth = 6,

    /// <summary>9 流失客户数量: fewer is better; the target is the most lost customers allowed.</summary>
    LostCustomers = 7,

    /// <summary>11 工作计划、汇报完成率: weeks reported on time against the weeks of the month begun.</summary>
    WeeklyReports = 8,

    /// <summary>10 行为纪律: scored 0–100 by the manager.</summary>
    Conduct = 9,

    /// <summary>12 需求资源客户的回复: follow-up of customers' requests, scored 0–100 by the manager.</summary>
    RequestFollowUp = 10,

    /// <summary>回款额达成率: collections against the rep's target (in the plan editor's usual KPIs, not in seed 004).</summary>
    Collections = 11,
}

/// <summary>What each KPI is made of, and the names a plan's KPI weights section may call it.</summary>
public static class KpiCatalog
{
    /// <summary>Every KPI in the order of the scorecard (seed 004's order, collections after sales).</summary>
    public static IReadOnlyList<Kpi> All { get; } = Array.AsReadOnly(
    [
        Kpi.SalesAmount, Kpi.Collections, Kpi.NewCustomers, Kpi.Visits, Kpi.Calls, Kpi.Orders, Kpi.Growth,
        Kpi.LostCustomers, Kpi.WeeklyReports, Kpi.Conduct, Kpi.RequestFollowUp,
    ]);

    /// <summary>The KPIs whose targets the manager sets per rep per month (whole numbers ≥ 0).</summary>
    public static IReadOnlyList<Kpi> CountTargets { get; } = Array.AsReadOnly(
        [Kpi.NewCustomers, Kpi.Visits, Kpi.Calls, Kpi.Orders, Kpi.LostCustomers]);

    /// <summary>The KPIs the manager scores 0–100.</summary>
    public static IReadOnlyList<Kpi> Manual { get; } = Array.AsReadOnly([Kpi.Conduct, Kpi.RequestFollowUp]);

    public static bool IsCountTarget(Kpi kpi) => CountTargets.Contains(kpi);

    public static bool IsManual(Kpi kpi) => Manual.Contains(kpi);

    /// <summary>Fewer is better: achievement = target / actual.</summary>
    public static bool FewerIsBetter(Kpi kpi) => kpi == Kpi.LostCustomers;

    /// <summary>
    /// The KPI a plan's KPI weight names (DESIGN §4.8 stores free text): the code name, or the Chinese or
    /// English name the plan editor offers, or seed 004's wording; case and spaces ignored. Null when
    /// the name is none of them.
    /// </summary>
    public static Kpi? FromName(string? name)
    {
        var key = Normalise(name);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var (kpi, names) in Names)
        {
            if (Normalise(kpi.ToString()) == key || names.Any(n => Normalise(n) == key))
            {
                return kpi;
            }
        }

        return null;
    }

    private static readonly (Kpi Kpi, string[] Names)[] Names =
    [
        (Kpi.SalesAmount, ["销售额达成率", "销售额", "销售指标", "实际完成销量", "Sales achievement", "Sales amount", "Sales"]),
        (Kpi.Collections, ["回款额达成率", "回款额", "回款", "Collections achievement", "Collections"]),
        (Kpi.NewCustomers, ["新客户开发数量", "开发新客户数量", "新增开发客户数量", "新客户", "New customers", "New customers developed"]),
        (Kpi.Visits, ["现有客户拜访数量", "现有客户的拜访数量", "客户拜访", "拜访", "Visits to existing customers", "Visits"]),
        (Kpi.Calls, ["电话销售拜访数量", "电话拜访数量", "电话", "Calls", "Phone calls"]),
        (Kpi.Orders, ["订单数量", "周订单数量", "周定单数量", "订单", "Orders"]),
        (Kpi.Growth, ["增长率", "销售增长率", "环比增长", "Growth rate", "Growth", "Sales growth"]),
        (Kpi.LostCustomers, ["流失客户数量", "丢失客户数量", "流失客户", "Lost customers"]),
        (Kpi.WeeklyReports, ["工作计划、汇报完成率", "汇报完成率", "周报完成率", "Weekly report completion", "Weekly reports", "Report completion"]),
        (Kpi.Conduct, ["销售人员的行为纪律", "行为纪律", "纪律", "Conduct and discipline", "Conduct", "Discipline"]),
        (Kpi.RequestFollowUp, ["需求资源客户的回复工作情况", "客户需求回复", "需求回复", "Follow-up of customers' requests", "Request follow-up", "Follow-up"]),
    ];

    private static string Normalise(string? name) =>
        new string([.. (name ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_' or '（' or '）' or '(' or ')'))]).ToUpperInvariant();
}
