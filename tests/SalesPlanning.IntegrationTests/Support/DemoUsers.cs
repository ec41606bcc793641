namespace SalesPlanning.IntegrationTests.Support;

/// <summary>Sign-ins of the demo company that the app loads with <c>demoData: true</c>.</summary>
public static class DemoUsers
{
    public const string Password = "Demo#2026";
    public const string Director = "director@demo.local";
    public const string Admin = "admin@demo.local";
    public const string ManagerEast = "manager.east@demo.local";
    public const string ManagerSouth = "manager.south@demo.local";
    public const string ManagerNorth = "manager.north@demo.local";

    /// <summary>rep01..rep12; 1–4 in EAST, 5–8 in SOUTH, 9–12 in NORTH.</summary>
    public static string Rep(int number) => $"rep{number:00}@demo.local";
}
