using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SalesPlanning.Web.Components.Shared.Ui;

namespace SalesPlanning.ComponentTests.SharedComponents;

/// <summary>IConfirmer on MudBlazor's dialog: the question, the action's own button, cancel.</summary>
public class ConfirmerConfirm
{
    [Fact]
    public async Task AnswersTrueWhenTheUserChoosesTheAction()
    {
        await using var context = Components.Create();
        var provider = context.Render<MudDialogProvider>();
        var confirmer = context.Services.GetRequiredService<IConfirmer>();

        var answer = provider.InvokeAsync(() => confirmer.ConfirmAsync("Delete region", "Delete NORTH?", "Delete", destructive: true));

        provider.WaitForElement("[data-testid=confirm-message]").TextContent.ShouldBe("Delete NORTH?");
        provider.Find("[data-testid=confirm-ok]").TextContent.Trim().ShouldBe("Delete");
        provider.Find("[data-testid=confirm-cancel]").TextContent.Trim().ShouldBe("Cancel");
        await provider.Find("[data-testid=confirm-ok]").ClickAsync(new());
        (await answer).ShouldBeTrue();
        provider.FindAll("[data-testid=confirm-message]").ShouldBeEmpty();
    }

    [Fact]
    public async Task AnswersFalseOnCancelInTheUsersLanguage()
    {
        await using var context = Components.Create("zh-CN");
        var provider = context.Render<MudDialogProvider>();
        var confirmer = context.Services.GetRequiredService<IConfirmer>();

        var answer = provider.InvokeAsync(() => confirmer.ConfirmAsync("提交", "确定提交？", "提交"));

        provider.WaitForElement("[data-testid=confirm-cancel]").TextContent.Trim().ShouldBe("取消");
        await provider.Find("[data-testid=confirm-cancel]").ClickAsync(new());
        (await answer).ShouldBeFalse();
    }
}
