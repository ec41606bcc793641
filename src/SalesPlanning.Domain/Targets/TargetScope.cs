using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Targets;

/// <summary>
/// Whose target: the company's (no id), a region's or a rep's (with its id). Also knows which
/// dimensions a target of this scope may be broken down along: company → region, product,
/// customer segment; region → rep, product, customer segment; rep → product, customer segment.
/// </summary>
public sealed record TargetScope
{
    private static readonly IReadOnlyList<Dimension> CompanyDimensions =
        Array.AsReadOnly([Dimension.Region, Dimension.Product, Dimension.CustomerSegment]);

    private static readonly IReadOnlyList<Dimension> RegionDimensions =
        Array.AsReadOnly([Dimension.Rep, Dimension.Product, Dimension.CustomerSegment]);

    private static readonly IReadOnlyList<Dimension> RepDimensions =
        Array.AsReadOnly([Dimension.Product, Dimension.CustomerSegment]);

    private TargetScope(ScopeKind kind, Guid? id)
    {
        Kind = kind;
        Id = id;
    }

    public static TargetScope Company { get; } = new(ScopeKind.Company, null);

    public ScopeKind Kind { get; }

    /// <summary>The region's or rep's id; null for the company.</summary>
    public Guid? Id { get; }

    /// <summary>The dimensions a target of this scope may be broken down along.</summary>
    public IReadOnlyList<Dimension> Dimensions => DimensionsOf(Kind);

    public static TargetScope ForRegion(Guid regionId) => From(ScopeKind.Region, regionId);

    public static TargetScope ForRep(Guid repId) => From(ScopeKind.Rep, repId);

    /// <summary>Validates a kind and id pair, e.g. as stored on a <see cref="Target"/>.</summary>
    public static TargetScope From(ScopeKind kind, Guid? id)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException($"{(int)kind} is not a target scope.");
        }

        if (kind == ScopeKind.Company)
        {
            return id is null ? Company : throw new DomainException("A company target does not name a region or rep.");
        }

        if (id is null || id == Guid.Empty)
        {
            throw new DomainException($"Choose the {Wording.Of(kind)} the target is for.");
        }

        return new TargetScope(kind, id);
    }

    public static IReadOnlyList<Dimension> DimensionsOf(ScopeKind kind) => kind switch
    {
        ScopeKind.Company => CompanyDimensions,
        ScopeKind.Region => RegionDimensions,
        ScopeKind.Rep => RepDimensions,
        _ => [],
    };

    public bool CanBreakDownAlong(Dimension dimension) => Dimensions.Contains(dimension);

    public override string ToString() => Id is null ? Wording.Of(Kind) : $"{Wording.Of(Kind)} {Id}";
}
