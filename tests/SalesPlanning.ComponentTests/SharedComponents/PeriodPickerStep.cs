using SalesPlanning.Domain.Common;
using SalesPlanning.Web.Components.Shared;

namespace SalesPlanning.ComponentTests.SharedComponents;

public class PeriodPickerStep
{
    [Fact]
    public async Task ShowsTheMonthAndStepsToTheNextAndThePreviousOne()
    {
        await using var context = Components.Create();
        var value = Period.From(2026, 12);
        var cut = context.Render<PeriodPicker>(p => p
            .Add(x => x.Value, value)
            .Add(x => x.ValueChanged, (Period changed) => value = changed));

        cut.Find("[data-testid=period]").TextContent.ShouldBe("2026-12");
        await cut.Find("[data-testid=period-next]").ClickAsync(new());
        value.ShouldBe(Period.From(2027, 1));
        await cut.Find("[data-testid=period-previous]").ClickAsync(new());
        value.ShouldBe(Period.From(2026, 11));
    }

    [Fact]
    public async Task NamesItsButtonsInTheUsersLanguage()
    {
        await using var context = Components.Create("zh-CN");

        var cut = context.Render<PeriodPicker>(p => p.Add(x => x.Value, Period.From(2026, 12)));

        cut.Find("[data-testid=period-next]").GetAttribute("aria-label").ShouldBe("下个月");
    }
}
