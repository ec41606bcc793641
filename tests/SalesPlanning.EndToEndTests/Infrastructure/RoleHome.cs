namespace SalesPlanning.EndToEndTests.Infrastructure;

/// <summary>What each demo role sees after signing in: its home page, in both languages, and its left menu.</summary>
/// <param name="MenuEn">Every item of the role's left menu, in order (English). Update it when the menu changes.</param>
public sealed record RoleHome(
    string Key,
    string Email,
    string Path,
    string TitleEn,
    string TitleZh,
    string DisplayName,
    IReadOnlyList<string> MenuEn,
    string ContentTestId)
{
    private const string Targets = "Targets";
    private const string Plans = "Monthly plans";
    private const string Audit = "Audit trail";
    private const string Alerts = "Alerts";
    private const string Scorecards = "Scorecards";
    private const string Incentives = "Incentive pay";
    private const string Notifications = "Notifications";

    public static readonly RoleHome Director = new("director", DemoUsers.Director, "/director", "Company overview", "公司总览", "王志远 Wang Zhiyuan", ["Company overview", Targets, Plans, Alerts, Scorecards, Incentives, Audit, Notifications], "drill-achievement");
    public static readonly RoleHome Manager = new("manager", DemoUsers.ManagerEast, "/manager", "My region", "我的区域", "李明 Li Ming", ["My region", Targets, Plans, Alerts, Scorecards, Incentives, Notifications], "team-EAST");
    public static readonly RoleHome Rep = new("rep", DemoUsers.Rep01, "/rep", "My page", "我的主页", "赵磊", ["My page", Targets, "My weeks", Scorecards, Incentives, Notifications], "my-region");
    public static readonly RoleHome Admin = new("admin", DemoUsers.Admin, "/admin", "Administration", "系统管理", "系统管理员 Admin", ["Administration", "Users", "Regions", "Products", "Customer segments", "Settings", "History import", "Mail queue", Audit, Notifications], "regions-grid");

    public static readonly IReadOnlyList<RoleHome> All = [Director, Manager, Rep, Admin];

    /// <summary>The menu items of all roles together: a role must not see those that are not in its own <see cref="MenuEn"/>.</summary>
    public static IReadOnlyList<string> AllMenuItemsEn { get; } = [.. All.SelectMany(r => r.MenuEn).Distinct()];

    public static RoleHome Named(string key) => All.Single(r => r.Key == key);

    public string Title(string locale) => locale.StartsWith("zh", StringComparison.Ordinal) ? TitleZh : TitleEn;
}
