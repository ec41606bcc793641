using SalesPlanning.Application.Demo;

namespace SalesPlanning.EndToEndTests.Infrastructure;

/// <summary>The demo company's sign-ins (SalesPlanning.Application/Demo/DemoCompany.cs).</summary>
public static class DemoUsers
{
    public const string Password = DemoDataSeeder.Password;

    public const string Director = "director@demo.local";
    public const string Admin = "admin@demo.local";
    public const string ManagerEast = "manager.east@demo.local";
    public const string Rep01 = "rep01@demo.local";
}
