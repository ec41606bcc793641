namespace SalesPlanning.Domain.Targets;

/// <summary>The words the domain's messages use for its enums.</summary>
internal static class Wording
{
    public static string Of(Metric metric) => metric switch
    {
        Metric.SalesAmount => "sales amount",
        Metric.SalesVolume => "sales volume",
        Metric.Collections => "collections",
        _ => metric.ToString(),
    };

    public static string Of(Dimension dimension) => dimension switch
    {
        Dimension.Region => "region",
        Dimension.Rep => "rep",
        Dimension.Product => "product",
        Dimension.CustomerSegment => "customer segment",
        _ => dimension.ToString(),
    };

    public static string Of(ScopeKind kind) => kind switch
    {
        ScopeKind.Company => "company",
        ScopeKind.Region => "region",
        ScopeKind.Rep => "rep",
        _ => kind.ToString(),
    };

    /// <summary>"region, product or customer segment".</summary>
    public static string List(IEnumerable<Dimension> dimensions)
    {
        var words = dimensions.Select(Of).ToList();
        return words.Count <= 1
            ? string.Concat(words)
            : $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}";
    }
}
