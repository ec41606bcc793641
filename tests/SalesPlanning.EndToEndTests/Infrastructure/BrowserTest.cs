using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesPlanning.EndToEndTests.Infrastructure;

/// <summary>
/// Base of every browser test: opens pages in fresh browser contexts against the class's app and,
/// when the test ends, fails it if any page logged a console error or threw an uncaught exception
/// (no page any test visits may show an error).
/// </summary>
public abstract partial class BrowserTest(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    public const string English = "en-US";
    public const string Chinese = "zh-CN";

    private readonly ConcurrentQueue<string> browserErrors = new();
    private readonly List<IBrowserContext> contexts = [];

    static BrowserTest()
    {
        // Blazor's circuit takes a moment to connect on a busy two-core machine.
        SetDefaultExpectTimeout(15_000);
    }

    protected AppFixture Fixture { get; } = fixture;

    /// <summary>Errors the pages of this test logged so far.</summary>
    protected IReadOnlyCollection<string> BrowserErrors => browserErrors;

    /// <summary>A new page in a new browser context (no cookies) with the browser language <paramref name="locale"/>.</summary>
    protected async Task<IPage> OpenPageAsync(string locale = English, int width = 1280, int height = 800)
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.RootUri.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(20_000);
        contexts.Add(context);

        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                browserErrors.Enqueue($"console error on {page.Url}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => browserErrors.Enqueue($"page error on {page.Url}: {error}");
        return page;
    }

    /// <summary>Signs in through the sign-in page and waits until the browser has left it.</summary>
    protected static async Task SignInAsync(IPage page, string email, string password = DemoUsers.Password)
    {
        if (!LoginUrl().IsMatch(page.Url))
        {
            await page.GotoAsync("account/login");
        }
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(LoginUrl());
    }

    /// <summary>
    /// Waits until the page's Blazor circuit is live. The server prerenders the page, so its HTML
    /// shows at once, but clicks do nothing until blazor.web.js has connected and the server's first
    /// render has been applied; that render replaces the prerendering markers
    /// (<c>&lt;!--Blazor:{…}--&gt;</c> comments) the script starts from with <c>&lt;!--!--&gt;</c>.
    /// A responsive RadzenSidebar then asks the browser whether the screen is small (RadzenMediaQuery,
    /// a JS call registered in <c>Radzen.mediaQueries</c>) and sets its expanded state from the
    /// answer: a toggle click before that answer would be overwritten, so wait for it as well.
    /// </summary>
    protected static async Task WaitForCircuitAsync(IPage page)
    {
        await page.WaitForFunctionAsync(
            """
            () => {
                if (window.Blazor === undefined || window.Radzen === undefined) return false;
                const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_COMMENT);
                let interactive = false;
                while (walker.nextNode()) {
                    const text = walker.currentNode.nodeValue;
                    if (text.startsWith('Blazor:')) return false;
                    if (text === '!') interactive = true;
                }
                const responsiveSidebar = document.querySelector('.rz-sidebar-responsive') !== null;
                return interactive && (!responsiveSidebar || Object.keys(window.Radzen.mediaQueries || {}).length > 0);
            }
            """);
    }

    /// <summary>Waits until a role's home page is live and its data has loaded.</summary>
    protected static async Task WaitForHomeAsync(IPage page, RoleHome home, string locale)
    {
        await Expect(page).ToHaveURLAsync(UrlOf(home.Path));
        await Expect(page.Locator("h1")).ToHaveTextAsync(home.Title(locale));
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId(home.ContentTestId)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
    }

    /// <summary>The URL of the sign-in page, with or without a query string.</summary>
    protected static Regex LoginUrl() => LoginUrlRegex();

    /// <summary>A regex matching the absolute URL of <paramref name="path"/> (e.g. "/director") without a query string.</summary>
    protected static Regex UrlOf(string path) =>
        new("^https?://[^/]+" + Regex.Escape(path) + "$");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
        browserErrors.ShouldBeEmpty(
            string.Create(CultureInfo.InvariantCulture, $"the browser reported {browserErrors.Count} error(s):\n") + string.Join('\n', browserErrors));
    }

    [GeneratedRegex(@"/account/login(\?|$)")]
    private static partial Regex LoginUrlRegex();
}
