using SalesPlanning.Application.Identity;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Demo;

/// <summary>The demo company's people and master data, as plain data.</summary>
internal static class DemoCompany
{
    /// <summary>The demo company's name, saved in its settings (shown in the top bar).</summary>
    public const string Name = "华远示范科技 Demo Co.";

    public sealed record Person(string Email, string DisplayName, string Role);
    public sealed record RegionSeed(string Code, string Name, string ManagerEmail, IReadOnlyList<string> RepEmails);
    public sealed record ProductSeed(string Code, string NameZh, string NameEn, string Unit, decimal UnitPrice);
    public sealed record LineSeed(string Code, string NameZh, string NameEn, IReadOnlyList<ProductSeed> Products);
    public sealed record SegmentSeed(string Code, string NameZh, string NameEn, SegmentKind Kind);

    private static readonly string[] RepNames =
    [
        "赵磊", "钱芳", "孙浩", "周敏",
        "吴强", "郑丽", "冯涛", "陈静",
        "褚伟", "卫娜", "蒋杰", "沈婷",
    ];

    public static readonly IReadOnlyList<RegionSeed> Regions =
    [
        new("EAST", "华东区 East", "manager.east@demo.local", RepsFor(1)),
        new("SOUTH", "华南区 South", "manager.south@demo.local", RepsFor(5)),
        new("NORTH", "华北区 North", "manager.north@demo.local", RepsFor(9)),
    ];

    public static readonly IReadOnlyList<Person> People =
    [
        new("director@demo.local", "王志远 Wang Zhiyuan", Roles.Director),
        new("admin@demo.local", "系统管理员 Admin", Roles.Admin),
        new("manager.east@demo.local", "李明 Li Ming", Roles.Manager),
        new("manager.south@demo.local", "张伟 Zhang Wei", Roles.Manager),
        new("manager.north@demo.local", "刘洋 Liu Yang", Roles.Manager),
        .. Enumerable.Range(1, 12).Select(i => new Person(RepEmail(i), RepNames[i - 1], Roles.Rep)),
    ];

    public static readonly IReadOnlyList<LineSeed> ProductLines =
    [
        new("HVAC-R", "家用空调", "Residential air conditioners",
        [
            new("AC-100", "壁挂式空调 1.5匹", "Wall-mounted AC 1.5 HP", "台", 3299m),
            new("AC-200", "立柜式空调 3匹", "Floor-standing AC 3 HP", "台", 8999m),
            new("AC-300", "变频空调 1匹", "Inverter AC 1 HP", "台", 2599m),
            new("AC-400", "移动空调", "Portable AC", "台", 1899m),
        ]),
        new("HVAC-C", "商用空调", "Commercial air conditioning",
        [
            new("CM-100", "多联机 VRF", "VRF multi-split system", "套", 68000m),
            new("CM-200", "风管机", "Ducted unit", "台", 12800m),
            new("CM-300", "冷水机组", "Water chiller", "台", 156000m),
        ]),
        new("AIR", "空气净化", "Air purification",
        [
            new("AP-100", "空气净化器", "Air purifier", "台", 2999m),
            new("AP-200", "新风系统", "Fresh-air system", "套", 18800m),
            new("AP-300", "滤网耗材", "Replacement filters", "箱", 1200m),
        ]),
    ];

    public static readonly IReadOnlyList<SegmentSeed> Segments =
    [
        new("NEW", "新客户", "New customers", SegmentKind.New),
        new("EXISTING", "老客户", "Existing customers", SegmentKind.Existing),
        new("KEY", "重点客户", "Key accounts", SegmentKind.KeyAccount),
    ];

    public static readonly IReadOnlyList<DemoSignIn> SignIns =
        People.Select(p => new DemoSignIn(p.Role, p.Email, DemoDataSeeder.Password, p.DisplayName)).ToList();

    internal static string RepEmail(int i) => $"rep{i:00}@demo.local";

    private static string[] RepsFor(int first) => [.. Enumerable.Range(first, 4).Select(RepEmail)];
}
