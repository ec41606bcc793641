using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesPlanning.EndToEndTests.Infrastructure;

/// <summary>
/// Base of every browser test: opens pages in fresh browser contexts against the class's app and,
/// when the test ends, fails it if any page logged a console error or threw an uncaught exception
/// (no page any test visits may show an error).
/// </summary>
public abstract class BrowserTest(AppFixture fixture) : BrowserTest<AppFixture>(fixture);

/// <summary>As <see cref="BrowserTest"/>, against an app started by a fixture of its own kind (e.g. with the demo's plans).</summary>
public abstract class BrowserTest<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : AppFixture
{
    public const string English = "en-US";
    public const string Chinese = "zh-CN";

    private readonly ConcurrentQueue<string> browserErrors = new();
    private readonly List<IBrowserContext> contexts = [];
    private readonly List<Regex> expectedErrors = [];

    static BrowserTest()
    {
        // Blazor's circuit takes a moment to connect on a busy two-core machine.
        SetDefaultExpectTimeout(15_000);
    }

    protected TFixture Fixture { get; } = fixture;

    /// <summary>
    /// Lets the pages of this test log errors that match <paramref name="pattern"/>: only a test that
    /// cuts the connection on purpose expects any (Blazor logs the lost WebSocket as an error).
    /// </summary>
    protected void ExpectBrowserErrors(Regex pattern) => expectedErrors.Add(pattern);

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

    /// <summary>The left menu's links (MudNavMenu), in order.</summary>
    protected static ILocator MenuItems(IPage page) => page.GetByTestId("nav-menu").GetByRole(AriaRole.Link);

    /// <summary>The left menu's link named <paramref name="name"/>.</summary>
    protected static ILocator MenuItem(IPage page, string name) =>
        page.GetByTestId("nav-menu").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>Signs in through the sign-in page and waits until the browser has left it.</summary>
    /// <summary>
    /// A notification (a snackbar in the page's live region, role=status) with the given text; it has a Close button.
    /// </summary>
    protected static ILocator Notification(IPage page, string text) =>
        page.GetByRole(AriaRole.Status).Locator("div")
            .Filter(new() { HasText = text, Has = page.GetByRole(AriaRole.Button, new() { Name = "Close" }) });

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
    /// The responsive menu drawer (MudDrawer) then asks the browser for the screen's size (MudBlazor's
    /// viewport service registers a listener in <c>mudResizeListenerFactory</c>) and opens or closes
    /// from the answer: a toggle click before that answer would be overwritten, so wait for it as well.
    /// </summary>
    protected static async Task WaitForCircuitAsync(IPage page)
    {
        await page.WaitForFunctionAsync(
            """
            () => {
                if (window.Blazor === undefined || window.mudResizeListenerFactory === undefined) return false;
                const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_COMMENT);
                let interactive = false;
                while (walker.nextNode()) {
                    const text = walker.currentNode.nodeValue;
                    if (text.startsWith('Blazor:')) return false;
                    if (text === '!') interactive = true;
                }
                const drawer = document.querySelector('[data-testid=nav-menu]') !== null;
                return interactive && (!drawer || Object.keys(window.mudResizeListenerFactory.mapping || {}).length > 0);
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
        // No loading or empty-state message (the snackbar's live region is an empty status too).
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = BrowserPatterns.SomeText() })).ToHaveCountAsync(0);
    }

    /// <summary>The URL of the sign-in page, with or without a query string.</summary>
    protected static Regex LoginUrl() => BrowserPatterns.LoginUrl();

    /// <summary>A regex matching the absolute URL of <paramref name="path"/> (e.g. "/director") without a query string.</summary>
    protected static Regex UrlOf(string path) =>
        new("^https?://[^/]+" + Regex.Escape(path) + "$");

    /// <summary>A new page in <paramref name="locale"/> at <paramref name="width"/> px, signed in as <paramref name="email"/>.</summary>
    protected async Task<IPage> SignedInPageAsync(string email, string locale = English, int width = 1280)
    {
        var page = await OpenPageAsync(locale, width);
        await SignInAsync(page, email);
        return page;
    }

    /// <summary>The page at 1280 and 390 px in the language it is in: it never scrolls sideways; kept as screenshots.</summary>
    protected static async Task CaptureAsync(IPage page, string name, string locale)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 800);
            var sideways = await WholePage.SidewaysScrollAsync(page);
            await WholePage.CaptureAsync(page, Screenshots.PathFor(name, locale, width));
            sideways.ShouldBeLessThanOrEqualTo(0, $"{name} at {width} px scrolls sideways by {sideways} px");
        }

        await page.SetViewportSizeAsync(1280, 800);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
        var errors = browserErrors.Where(e => !expectedErrors.Exists(p => p.IsMatch(e))).ToList();
        errors.ShouldBeEmpty(
            string.Create(CultureInfo.InvariantCulture, $"the browser reported {errors.Count} error(s):\n") + string.Join('\n', errors));
    }
}

/// <summary>Patterns the browser tests look for.</summary>
internal static partial class BrowserPatterns
{
    [GeneratedRegex(@"\S")]
    public static partial Regex SomeText();

    [GeneratedRegex(@"/account/login(\?|$)")]
    public static partial Regex LoginUrl();
}
