using SalesPlanning.Web.Components.Shared.Ui;

namespace SalesPlanning.ComponentTests.SharedComponents;

/// <summary>BusyButton: while the work runs it says so and cannot be clicked again.</summary>
public class BusyButtonStates
{
    [Fact]
    public async Task SaysItIsBusyAndRefusesASecondClick()
    {
        await using var context = Components.Create("zh-CN");
        var clicks = 0;
        var button = context.Render<BusyButton>(p => p
            .Add(b => b.Text, "保存")
            .Add(b => b.BusyText, "正在保存…")
            .Add(b => b.OnClick, () => clicks++)
            .AddUnmatched("data-testid", "save"));

        await button.Find("[data-testid=save]").ClickAsync(new());
        clicks.ShouldBe(1);
        button.Find("[data-testid=save]").TextContent.Trim().ShouldBe("保存");

        button.Render(p => p.Add(b => b.Busy, true));

        var busy = button.Find("[data-testid=save]");
        busy.HasAttribute("disabled").ShouldBeTrue();
        busy.TextContent.Trim().ShouldBe("正在保存…");
        button.FindAll("[role=progressbar]").Count.ShouldBe(1);
    }
}
