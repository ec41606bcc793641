namespace SalesPlanning.EndToEndTests.Infrastructure;

/// <summary>
/// One Chromium for the whole test run, launched on first use. Each test gets its own browser
/// context (cookies, locale, viewport), so sharing the browser does not leak state.
/// </summary>
/// <remarks>
/// Playwright cannot download its own browsers on these machines: Debian's <c>/usr/bin/chromium</c>
/// is used, or the executable named by <c>SALESPLANNING_CHROMIUM</c>.
/// </remarks>
internal static class SharedBrowser
{
    public const string ExecutableVariable = "SALESPLANNING_CHROMIUM";
    private const string DefaultExecutable = "/usr/bin/chromium";

    private static readonly Lazy<Task<IBrowser>> LazyBrowser = new(LaunchAsync);
    private static IPlaywright? playwright;

    public static Task<IBrowser> GetAsync() => LazyBrowser.Value;

    private static async Task<IBrowser> LaunchAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (string.IsNullOrWhiteSpace(executable))
        {
            executable = DefaultExecutable;
        }
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {executable}: install it with `apt-get install chromium fonts-noto-cjk` "
                + $"(./test.sh does it when run as root) or set {ExecutableVariable}.");
        }

        playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
        // Close the browser and Playwright's driver when the test process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                browser.CloseAsync().Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // Already gone.
            }
            playwright.Dispose();
        };
        return browser;
    }
}
