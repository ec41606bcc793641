using System.Net.Sockets;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SalesPlanning.Web.Components.Shared;
using SalesPlanning.Web.Components.Shared.Ui;

namespace SalesPlanning.ComponentTests.Pages;

/// <summary>
/// Issue 16, faults to survive: a page whose save finds the database unreachable tells the user so, in
/// their language, and keeps what they typed; its circuit goes on. Other errors are not swallowed.
/// </summary>
public class ActorPageOutage
{
    [Theory]
    [InlineData("en", "The database is unavailable")]
    [InlineData("zh-CN", "数据库暂时不可用")]
    public async Task ShowsTheMessageAndKeepsTheInputWhenTheDatabaseIsUnreachable(string culture, string message)
    {
        await using var context = Components.Create(culture);
        var notices = SignedInWithRecordedNotices(context);
        var unreachable = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
        var page = context.Render<SavingPage>(p => p.Add(x => x.Failure, unreachable));

        page.Find("input").Change("1,234.56");
        await page.Find("button").ClickAsync(new());

        notices.Errors.ShouldHaveSingleItem().ShouldStartWith(message);
        page.Find("input").GetAttribute("value").ShouldBe("1,234.56");
        page.Instance.Typed.ShouldBe("1,234.56");
    }

    [Fact]
    public async Task LetsAnyOtherErrorThrough()
    {
        await using var context = Components.Create();
        var notices = SignedInWithRecordedNotices(context);
        var page = context.Render<SavingPage>(p => p.Add(x => x.Failure, new InvalidOperationException("a bug")));

        await page.Find("button").ClickAsync(new());

        // The renderer gets it, as it would end the circuit in the app.
        var unhandled = await context.Renderer.UnhandledException.WaitAsync(TimeSpan.FromSeconds(5));
        unhandled.ShouldBeOfType<InvalidOperationException>().Message.ShouldBe("a bug");
        notices.Errors.ShouldBeEmpty();
    }

    private static RecordedNotices SignedInWithRecordedNotices(BunitContext context)
    {
        context.AddAuthorization().SetAuthorized("rep01@demo.local").SetClaims(new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()));
        var notices = new RecordedNotices();
        context.Services.AddSingleton<INotifier>(notices);
        return notices;
    }

    /// <summary>A page with a field and a save button whose save fails with <see cref="Failure"/>.</summary>
    private sealed class SavingPage : ActorPage
    {
        [Parameter]
        public Exception Failure { get; set; } = default!;

        public string Typed { get; private set; } = "";

        protected override Task LoadAsync() => Task.CompletedTask;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "input");
            builder.AddAttribute(1, "value", Typed);
            builder.AddAttribute(2, "onchange", EventCallback.Factory.CreateBinder<string>(this, v => Typed = v, Typed));
            builder.CloseElement();
            builder.OpenElement(3, "button");
            builder.AddAttribute(4, "onclick", EventCallback.Factory.Create(this, SaveAsync));
            builder.CloseElement();
        }

        private async Task SaveAsync()
        {
            await Task.Yield();
            throw Failure;
        }
    }

    private sealed class RecordedNotices : INotifier
    {
        public List<string> Errors { get; } = [];

        public void Success(string message)
        {
        }

        public void Info(string message)
        {
        }

        public void Warning(string message)
        {
        }

        public void Error(string message) => Errors.Add(message);
    }
}
