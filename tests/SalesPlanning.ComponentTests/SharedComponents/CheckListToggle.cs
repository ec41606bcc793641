using SalesPlanning.Web.Components.Shared.Ui;

namespace SalesPlanning.ComponentTests.SharedComponents;

/// <summary>CheckList: ticking and unticking gives the chosen values in the order of the choices.</summary>
public class CheckListToggle
{
    [Fact]
    public async Task GivesTheChosenValuesInTheOrderOfTheChoices()
    {
        await using var context = Components.Create();
        IEnumerable<string> chosen = ["manager"];
        var list = context.Render<CheckList>(p => p
            .Add(c => c.Choices, [("rep", "Sales rep"), ("manager", "Sales manager"), ("director", "Director")])
            .Add(c => c.Values, chosen)
            .Add(c => c.ValuesChanged, values => chosen = values)
            .AddUnmatched("data-testid", "roles"));

        list.Find("[data-testid=roles]").GetAttribute("role").ShouldBe("group");
        var boxes = list.FindAll("input[type=checkbox]");
        boxes.Select(b => b.HasAttribute("checked")).ShouldBe([false, true, false]);

        await boxes[2].ChangeAsync(new() { Value = true });
        chosen.ShouldBe(["manager", "director"]);

        list.Render(p => p.Add(c => c.Values, chosen));
        await list.FindAll("input[type=checkbox]")[0].ChangeAsync(new() { Value = true });
        chosen.ShouldBe(["rep", "manager", "director"]);
    }
}
