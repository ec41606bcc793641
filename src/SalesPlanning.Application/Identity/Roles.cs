namespace SalesPlanning.Application.Identity;

/// <summary>The four roles of DESIGN §1. Names are stored in the database; never rename them.</summary>
public static class Roles
{
    public const string Director = "Director";
    public const string Manager = "Manager";
    public const string Rep = "Rep";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Director, Manager, Rep, Admin];
}
