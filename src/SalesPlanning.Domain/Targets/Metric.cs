namespace SalesPlanning.Domain.Targets;

/// <summary>What a target measures (指标).</summary>
public enum Metric
{
    /// <summary>Sales amount (销售额), money to the cent.</summary>
    SalesAmount,

    /// <summary>Sales volume (销售量), whole units.</summary>
    SalesVolume,

    /// <summary>Collections (回款额), money to the cent.</summary>
    Collections,
}
