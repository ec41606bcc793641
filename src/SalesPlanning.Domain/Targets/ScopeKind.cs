namespace SalesPlanning.Domain.Targets;

/// <summary>Whose target it is: the whole company's, one region's or one rep's.</summary>
public enum ScopeKind
{
    Company,
    Region,
    Rep,
}
