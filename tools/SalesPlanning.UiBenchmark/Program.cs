using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using SalesPlanning.TestSupport;

// The UI benchmark of issue 11: memory per live circuit and time to interactive, measured in
// Chromium against the app with the demo company running in this process. Options:
//   --pages N   browser pages held open at once for the memory figure (default 20); 0 times the loads only
//   --runs M    page loads timed per page kind (default 10); 0 measures memory only
//   --database CONNECTION-STRING
//               the full-scale company instead: a database ./bench.sh --hold seeded and holds (issue 17),
//               signed in as its director and its first rep (password Bench#2026); no demo data is loaded
//   --environment NAME
//               with --database: the app's environment (default Development); Production serves the scripts and styles
//               as a published app does (cached by the browser, request lines logged)
// UIBENCH_DETAIL=1 prints each timed load's navigation and resource timings (where the time before interactive goes).
var pages = Option("--pages", 20);
var runs = Option("--runs", 10);
var database = TextOption("--database");
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// WebApplicationFactory finds the web project's folder through this variable outside a test run.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SALESPLANNING_WEB", Path.Combine(RepositoryRoot(), "src", "SalesPlanning.Web"));
Console.WriteLine($"uibench: {Environment.ProcessorCount} cores, .NET {Environment.Version}, commit {Git("rev-parse --short HEAD")}, load {File.ReadAllText("/proc/loadavg").Trim()}");
SalesPlanningApp app;
if (database is null)
{
    app = await SalesPlanningApp.StartAsync(settings: new Dictionary<string, string?> { ["SalesPlanning:DemoPlans"] = "true" });
}
else
{
    app = new SalesPlanningApp(database, demoData: false, environment: TextOption("--environment") ?? "Development");
    app.StartServer();
}

await using var _ = app;
var (directorEmail, repEmail, password) = database is null
    ? ("director@demo.local", "rep01@demo.local", "Demo#2026")
    : ("director@bench.local", "rep0001@bench.local", "Bench#2026");
Console.WriteLine(database is null ? "uibench: the demo company" : "uibench: the full-scale company of ./bench.sh --hold");
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Environment.GetEnvironmentVariable("SALESPLANNING_CHROMIUM") ?? "/usr/bin/chromium",
    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
Console.WriteLine($"uibench: Chromium {browser.Version}; app at {app.RootUri}");

var director = await SignInAsync(directorEmail);
var rep = await SignInAsync(repEmail);
var period = DateTime.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
PageKind[] kinds =
[
    new("director home", director, "director", "drill-achievement"),
    new("breakdown editor", director, $"targets/breakdown?period={period}&metric=SalesAmount&scope=Company&scopeId=&dimension=Region", "unallocated"),
    new("my weeks", rep, "progress", "week-1"),
    new("my account", rep, "account", "account-email"),
    new("my account (director)", director, "account", "account-email"),
];

// The director's home and the two account pages (the lightest interactive pages); none with --pages 0 (time to interactive only).
PageKind[] measured = pages > 0 ? [kinds[0], kinds[3], kinds[4]] : [];
if (measured.Length > 0)
{
    Console.WriteLine();
    Console.WriteLine($"Managed heap per live circuit ({pages} pages open at once; server GC, full blocking collections)");
    Console.WriteLine("| Page | before (MB) | with pages (MB) | per circuit (KB) | after closing (MB) |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
}

// First, before the timed loads leave circuits behind: one page of each kind opened and closed warms what all share
// (compiled code, the alerts' kept window, caches), so the per-circuit figure is what one more user costs.
foreach (var kind in measured)
{
    await (await OpenInteractiveAsync(kind)).CloseAsync();
}

foreach (var kind in measured)
{
    var before = await SettledHeapAsync();
    var open = new List<IPage>();
    for (var i = 0; i < pages; i++)
    {
        open.Add(await OpenInteractiveAsync(kind));
    }

    var with = Heap();
    if (Environment.GetEnvironmentVariable("UIBENCH_PAUSE") is { Length: > 0 } signal)
    {
        Console.WriteLine($"uibench: {pages} pages of {kind.Name} open in process {Environment.ProcessId}; waiting for {signal}");
        while (!File.Exists(signal))
        {
            await Task.Delay(1000);
        }

        File.Delete(signal);
    }

    foreach (var page in open)
    {
        await page.CloseAsync();
    }

    var after = await SettledHeapAsync(); // the circuits hear the disconnects and are disposed
    Console.WriteLine($"| {kind.Name} | {before / 1e6:0.0} | {with / 1e6:0.0} | {(with - before) / pages / 1024.0:0} | {after / 1e6:0.0} |");
}

Console.WriteLine();
Console.WriteLine($"Time to interactive ({runs} loads each; ms): HTML = DOMContentLoaded, interactive = circuit live and content shown");
Console.WriteLine("| Page | HTML median | interactive median | interactive p90 | interactive max |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var kind in runs > 0 ? kinds.Take(4) : [])
{
    await LoadAsync(kind); // warm-up: first render, JIT
    var html = new List<double>();
    var interactive = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var (h, t) = await LoadAsync(kind);
        html.Add(h);
        interactive.Add(t);
    }

    Console.WriteLine($"| {kind.Name} | {Median(html):0} | {Median(interactive):0} | {Percentile(interactive, 0.9):0} | {interactive.Max():0} |");
}

Console.WriteLine($"uibench: done, load {File.ReadAllText("/proc/loadavg").Trim()}");
return;

async Task<IBrowserContext> SignInAsync(string email)
{
    var context = await browser.NewContextAsync(new() { BaseURL = app.RootUri.ToString(), Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 800 } });
    var page = await context.NewPageAsync();
    await page.GotoAsync("account/login");
    await page.Locator("#email").FillAsync(email);
    await page.Locator("#password").FillAsync(password);
    await page.GetByTestId("sign-in").ClickAsync();
    await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    await page.CloseAsync();
    return context;
}

async Task<(double Html, double Interactive)> LoadAsync(PageKind kind)
{
    var page = await kind.Context.NewPageAsync();
    var clock = Stopwatch.StartNew();
    await page.GotoAsync(kind.Path, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    var html = clock.Elapsed.TotalMilliseconds;
    await WaitInteractiveAsync(page, kind);
    var interactive = clock.Elapsed.TotalMilliseconds;
    if (Environment.GetEnvironmentVariable("UIBENCH_DETAIL") is { Length: > 0 })
    {
        Console.WriteLine(kind.Name + " " + interactive.ToString("0", CultureInfo.InvariantCulture) + " " + await page.EvaluateAsync<string>(
            """
            () => {
                const n = performance.getEntriesByType('navigation')[0];
                const r = performance.getEntriesByType('resource').map(e => `${e.name.split('/').pop().slice(0, 30)} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`);
                return `ttfb ${Math.round(n.responseStart)} html ${Math.round(n.responseEnd)} dcl ${Math.round(n.domContentLoadedEventEnd)} now ${Math.round(performance.now())} | ${r.join(' | ')}`;
            }
            """));
    }

    await page.CloseAsync();
    return (html, interactive);
}

async Task<IPage> OpenInteractiveAsync(PageKind kind)
{
    var page = await kind.Context.NewPageAsync();
    await page.GotoAsync(kind.Path, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    await WaitInteractiveAsync(page, kind);
    await WaitLoadedAsync(page);
    return page;
}

// The same test as the end-to-end tests' WaitForCircuitAsync: the prerendering markers are gone.
static async Task WaitInteractiveAsync(IPage page, PageKind kind)
{
    await page.WaitForFunctionAsync(
        """
        () => {
            if (window.Blazor === undefined) return false;
            const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_COMMENT);
            let interactive = false;
            while (walker.nextNode()) {
                const text = walker.currentNode.nodeValue;
                if (text.startsWith('Blazor:')) return false;
                if (text === '!') interactive = true;
            }
            return interactive;
        }
        """, null, new() { Timeout = 60_000 });
    await page.GetByTestId(kind.Content).First.WaitForAsync(new() { Timeout = 60_000 });
}

// A page whose every part has loaded: no loading indicator left (what a circuit holds once the user sees everything).
static async Task WaitLoadedAsync(IPage page) =>
    await page.Locator(".sp-loading").First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 60_000 });

// The heap once pages closed before have let go of their circuits: two readings 3 s apart within 0.5 MB (at most 60 s).
static async Task<long> SettledHeapAsync()
{
    var last = Heap();
    for (var waited = 0; waited < 60; waited += 3)
    {
        await Task.Delay(TimeSpan.FromSeconds(3));
        var now = Heap();
        if (Math.Abs(now - last) < 500_000)
        {
            return now;
        }

        last = now;
    }

    return last;
}

static long Heap()
{
    for (var i = 0; i < 3; i++)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    return GC.GetTotalMemory(forceFullCollection: true);
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "SalesPlanning.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("SalesPlanning.sln not found above " + AppContext.BaseDirectory);
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

string? TextOption(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string Git(string arguments)
{
    try
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return output;
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return "?";
    }
}

internal sealed record PageKind(string Name, IBrowserContext Context, string Path, string Content);
