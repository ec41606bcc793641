namespace SalesPlanning.Domain.Targets;

/// <summary>What a target is broken down along (维度).</summary>
public enum Dimension
{
    /// <summary>Regions (区域); a company target only.</summary>
    Region,

    /// <summary>Sales reps (销售人员); a region target only.</summary>
    Rep,

    /// <summary>Products (产品); any target.</summary>
    Product,

    /// <summary>Customer segments (客户类型); any target.</summary>
    CustomerSegment,
}
