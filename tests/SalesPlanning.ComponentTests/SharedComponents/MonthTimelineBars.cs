using System.Globalization;
using SalesPlanning.Domain.Common;
using SalesPlanning.Web.Components.Pages.Plans.Sections;

namespace SalesPlanning.ComponentTests.SharedComponents;

/// <summary>The activities' month timeline: a column per day, a bar from first to last day, cut at the month's edges.</summary>
public class MonthTimelineBars
{
    [Fact]
    public async Task DrawsEachActivityFromItsFirstToItsLastDayWithinTheMonth()
    {
        await using var context = Components.Create();
        var march = Period.Parse("2027-03");
        var timeline = context.Render<MonthTimeline>(p => p
            .Add(t => t.Period, march)
            .Add(t => t.Items,
            [
                new MonthTimeline.Item("Key account visits", new DateOnly(2027, 3, 3), new DateOnly(2027, 3, 5)),
                new MonthTimeline.Item("Trade fair", new DateOnly(2027, 2, 27), new DateOnly(2027, 3, 2)),
                new MonthTimeline.Item("April launch", new DateOnly(2027, 4, 1), new DateOnly(2027, 4, 2)),
            ]));

        timeline.FindAll(".sp-timeline-day").Count.ShouldBe(31);
        var bars = timeline.FindAll("[data-testid=timeline-bar]");
        bars.Count.ShouldBe(2);
        // Day d is grid column d + 1 (the names take the first); a bar ends before the column after its last day.
        bars[0].GetAttribute("style")!.ShouldContain("grid-column: 4 / 7");
        bars[0].TextContent.ShouldContain(new DateOnly(2027, 3, 3).ToString("d", CultureInfo.CurrentCulture));
        bars[1].GetAttribute("style")!.ShouldContain("grid-column: 2 / 4");
        timeline.FindAll(".sp-timeline-name").Select(n => n.TextContent).ShouldBe(["Key account visits", "Trade fair", "April launch"]);
    }
}
