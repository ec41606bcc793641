using System.Text.RegularExpressions;
using System.Xml.Linq;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Localization;

/// <summary>The English and Chinese string tables of the Web project, side by side.</summary>
public partial class SharedResourceFilesCompare
{
    private static readonly string Directory = Path.Combine(RepositoryRoot.Path, "src", "SalesPlanning.Web", "Localization");
    private static readonly IReadOnlyDictionary<string, string> English = Read("SharedResource.resx");
    private static readonly IReadOnlyDictionary<string, string> Chinese = Read("SharedResource.zh-CN.resx");

    [Fact]
    public void HaveTheSameKeys()
    {
        English.ShouldNotBeEmpty();
        var onlyEnglish = English.Keys.Except(Chinese.Keys).Order(StringComparer.Ordinal).ToList();
        var onlyChinese = Chinese.Keys.Except(English.Keys).Order(StringComparer.Ordinal).ToList();

        onlyEnglish.ShouldBeEmpty("keys missing from SharedResource.zh-CN.resx");
        onlyChinese.ShouldBeEmpty("keys missing from SharedResource.resx");
    }

    [Fact]
    public void HoldEveryKeyThePagesAskFor()
    {
        var web = Path.Combine(RepositoryRoot.Path, "src", "SalesPlanning.Web");
        var used = System.IO.Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        used.ShouldNotBeEmpty();
        used.Except(English.Keys).Order(StringComparer.Ordinal).ShouldBeEmpty("keys used in src/SalesPlanning.Web but missing from the resources");
    }

    [GeneratedRegex(@"\bT\[""([A-Za-z_]+)""")]
    private static partial Regex UsedKey();

    [Fact]
    public void HaveNoEmptyValues()
    {
        English.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ShouldBeEmpty("empty in SharedResource.resx");
        Chinese.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ShouldBeEmpty("empty in SharedResource.zh-CN.resx");
    }

    [Fact]
    public void HaveTheSamePlaceholdersInBothLanguages()
    {
        var mismatches = English.Keys.Intersect(Chinese.Keys)
            .Where(key => !Placeholders(English[key]).SequenceEqual(Placeholders(Chinese[key])))
            .Select(key => $"{key}: \"{English[key]}\" / \"{Chinese[key]}\"")
            .ToList();

        mismatches.ShouldBeEmpty();
    }

    /// <summary>The distinct argument indexes of a composite format string, in order: "{0} of {1:N0}" gives 0, 1.</summary>
    private static IEnumerable<int> Placeholders(string format) =>
        Placeholder().Matches(format.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Distinct()
            .Order();

    private static Dictionary<string, string> Read(string fileName)
    {
        var document = XDocument.Load(Path.Combine(Directory, fileName));
        var entries = document.Root!.Elements("data").ToList();
        var names = entries.Select(d => (string?)d.Attribute("name") ?? "").ToList();
        names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)
            .ShouldBeEmpty($"duplicate keys in {fileName}");
        return entries.ToDictionary(
            d => (string)d.Attribute("name")!,
            d => (string?)d.Element("value") ?? "",
            StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{(\d+)(?:\s*,\s*-?\d+)?(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
