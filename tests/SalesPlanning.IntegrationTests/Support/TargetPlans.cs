using SalesPlanning.Domain.Targets;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>
/// The plan most target tests start from, made through the API as its users would: the director
/// sets the company's sales amount to 3,200,000.00 and splits it 40 / 35 / 25 into EAST, SOUTH and
/// NORTH; EAST's manager splits EAST's 1,280,000.00 evenly across rep01–rep04.
/// </summary>
public static class TargetPlans
{
    public const decimal Company = 3_200_000.00m;
    public const decimal East = 1_280_000.00m;
    public const decimal South = 1_120_000.00m;
    public const decimal North = 800_000.00m;
    public const decimal EastRep = 320_000.00m;

    /// <summary>EAST 1,280,000.00, SOUTH 1,120,000.00, NORTH 800,000.00.</summary>
    public static Dictionary<Guid, decimal> RegionSplit(DemoIds ids) => new()
    {
        [ids.East] = East,
        [ids.South] = South,
        [ids.North] = North,
    };

    /// <summary>rep01–rep04 320,000.00 each.</summary>
    public static Dictionary<Guid, decimal> EastRepSplit(DemoIds ids) =>
        Enumerable.Range(1, 4).ToDictionary(ids.Rep, _ => EastRep);

    /// <summary>The director sets the company target and splits it into the three regions.</summary>
    public static async Task SplitCompanyIntoRegionsAsync(TargetsAppFixture fixture, string period)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var director = await fixture.AsAsync(DemoUsers.Director);
        await director.SetCompanyTargetAsync(period, Metric.SalesAmount, Company);
        await director.SaveBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, RegionSplit(fixture.Ids));
    }

    /// <summary>As <see cref="SplitCompanyIntoRegionsAsync"/>, then EAST's manager splits EAST into its four reps.</summary>
    public static async Task SplitCompanyAndEastAsync(TargetsAppFixture fixture, string period)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await SplitCompanyIntoRegionsAsync(fixture, period);
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        await manager.SaveBreakdownAsync(period, ScopeKind.Region, fixture.Ids.East, Metric.SalesAmount, Dimension.Rep, EastRepSplit(fixture.Ids));
    }
}
