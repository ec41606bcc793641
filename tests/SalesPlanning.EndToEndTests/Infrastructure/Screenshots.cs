namespace SalesPlanning.EndToEndTests.Infrastructure;

/// <summary>Where screenshots go: <c>test-output/screenshots/</c> at the repository root (git-ignored).</summary>
public static class Screenshots
{
    private static readonly Lazy<string> LazyDirectory = new(() =>
    {
        var directory = Path.Combine(FindRepositoryRoot(), "test-output", "screenshots");
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    });

    public static string Directory => LazyDirectory.Value;

    /// <summary>The path for a screenshot, e.g. <c>director-zh-CN-390.png</c>.</summary>
    public static string PathFor(string name, string locale, int width) =>
        Path.Combine(Directory, $"{name}-{LanguageOf(locale)}-{width}.png");

    /// <summary>The language as the app names it: zh-CN or en.</summary>
    public static string LanguageOf(string locale) => locale.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en";

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesPlanning.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"SalesPlanning.sln was not found above {AppContext.BaseDirectory}.");
    }
}
