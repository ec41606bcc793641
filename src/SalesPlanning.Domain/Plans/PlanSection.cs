namespace SalesPlanning.Domain.Plans;

/// <summary>The sections of the monthly plan (DESIGN §4, seed 000), in the template's order.</summary>
public enum PlanSection
{
    /// <summary>§4.1 上月回顾: figures computed, narrative written.</summary>
    Review = 1,

    /// <summary>§4.2 本月目标: the region's targets and breakdowns (from Targets) and their basis.</summary>
    Targets = 2,

    /// <summary>§4.3 策略与举措.</summary>
    Strategies = 3,

    /// <summary>§4.4 销售活动.</summary>
    Activities = 4,

    /// <summary>§4.5 资源需求.</summary>
    Resources = 5,

    /// <summary>§4.6 销售预测.</summary>
    Forecast = 6,

    /// <summary>§4.7 风险评估.</summary>
    Risks = 7,

    /// <summary>§4.8 绩效跟踪.</summary>
    Tracking = 8,
}
