using System.Text.RegularExpressions;

namespace SalesPlanning.ArchitectureTests;

/// <summary>
/// The UI stands on MudBlazor alone (issue 11): no trace of the library it replaced — not even a class
/// name left on a static page, which would draw an unstyled control — our own styles reach into no
/// MudBlazor class, and the end-to-end tests find things by test id, role or label, not by a library's class.
/// </summary>
public partial class ComponentLibrary
{
    private static readonly string Root = FindRepositoryRoot();

    [Fact]
    public void TheWebProjectNamesNoTraceOfRadzen()
    {
        var hits = Matches(Path.Combine(Root, "src", "SalesPlanning.Web"), RadzenPattern(), "*.razor", "*.cs", "*.css", "*.js", "*.csproj", "*.json");

        hits.ShouldBeEmpty(string.Join(Environment.NewLine, hits));
    }

    [Fact]
    public void OurStylesReachIntoNoMudBlazorClass()
    {
        var hits = Matches(Path.Combine(Root, "src", "SalesPlanning.Web", "wwwroot"), MudClassSelectorPattern(), "*.css");

        hits.ShouldBeEmpty(string.Join(Environment.NewLine, hits));
    }

    [Fact]
    public void EndToEndTestsSelectNoLibraryClass()
    {
        var hits = Matches(Path.Combine(Root, "tests", "SalesPlanning.EndToEndTests"), LibraryClassInTestPattern(), "*.cs");

        hits.ShouldBeEmpty(string.Join(Environment.NewLine, hits));
    }

    /// <summary>Each line of the files under <paramref name="folder"/> (build output aside) that matches, as "file:line: text".</summary>
    private static List<string> Matches(string folder, Regex pattern, params string[] filePatterns) =>
        filePatterns
            .SelectMany(p => Directory.EnumerateFiles(folder, p, SearchOption.AllDirectories))
            .Where(file => !IsBuildOutput(file))
            .SelectMany(file => File.ReadLines(file).Select((text, i) => (file, line: i + 1, text)))
            .Where(l => pattern.IsMatch(l.text))
            .Select(l => $"{Path.GetRelativePath(Root, l.file)}:{l.line}: {l.text.Trim()}")
            .ToList();

    private static bool IsBuildOutput(string file) =>
        file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules");

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

    /// <summary>The name, or one of its class names or CSS variables: <c>rz-button</c>, <c>--rz-primary</c>.</summary>
    [GeneratedRegex(@"radzen|(?<![\w-])(--)?rz-[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex RadzenPattern();

    /// <summary>A CSS selector naming a class of MudBlazor's: <c>.mud-table-cell</c>.</summary>
    [GeneratedRegex(@"\.mud-[a-z]")]
    private static partial Regex MudClassSelectorPattern();

    /// <summary>A locator naming a library's class: <c>".mud-input"</c>, <c>"[class*=mud-]"</c>, <c>".rz-grid"</c>.</summary>
    [GeneratedRegex(@"[.""'=*]\s*(mud|rz)-[a-z]")]
    private static partial Regex LibraryClassInTestPattern();
}
