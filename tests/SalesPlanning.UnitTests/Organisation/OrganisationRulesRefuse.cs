using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

namespace SalesPlanning.UnitTests.Organisation;

/// <summary>Every rule of regions, product lines, products and segments refuses with its code at its field (issue 12, item 1).</summary>
public class OrganisationRulesRefuse
{
    private static readonly string TooLongName = new('名', TextLimits.Name + 1);
    private static readonly string TooLongUnit = new('箱', TextLimits.Unit + 1);
    private static readonly string[] NameLimit = [$"{TextLimits.Name}", $"{TextLimits.Name + 1}"];
    private static readonly string[] UnitLimit = [$"{TextLimits.Unit}", $"{TextLimits.Unit + 1}"];

    private readonly ProductLine _line = ProductLine.Create("HVAC-R", "家用空调", "Residential air conditioners");
    private readonly Region _region = Region.Create("EAST", "华东区");

    [Fact]
    public void RequiredAtEachTextField()
    {
        ShouldBeRefused(() => Region.Create("EAST", ""), "Name", OrganisationRules.Required);
        ShouldBeRefused(() => _region.Rename(" "), "Name", OrganisationRules.Required);
        ShouldBeRefused(() => ProductLine.Create("L", "", "Line"), "NameZh", OrganisationRules.Required);
        ShouldBeRefused(() => _line.Rename("家用", ""), "NameEn", OrganisationRules.Required);
        ShouldBeRefused(() => Product.Create("P", "产品", "Product", " ", _line), "Unit", OrganisationRules.Required);
        ShouldBeRefused(() => CustomerSegment.Create("S", "客户", " ", SegmentKind.New), "NameEn", OrganisationRules.Required);
    }

    [Fact]
    public void TooLongAtEachTextFieldNamingTheLimitAndTheLength()
    {
        ShouldBeRefused(() => Region.Create("EAST", TooLongName), "Name", OrganisationRules.TooLong, NameLimit);
        ShouldBeRefused(() => _region.Rename(TooLongName), "Name", OrganisationRules.TooLong, NameLimit);
        ShouldBeRefused(() => ProductLine.Create("L", TooLongName, "Line"), "NameZh", OrganisationRules.TooLong, NameLimit);
        ShouldBeRefused(() => _line.Rename("家用", TooLongName), "NameEn", OrganisationRules.TooLong, NameLimit);
        ShouldBeRefused(() => Product.Create("P", "产品", "Product", TooLongUnit, _line), "Unit", OrganisationRules.TooLong, UnitLimit);
        var product = Product.Create("P", "产品", "Product", "台", _line);
        ShouldBeRefused(() => product.ChangeUnit(TooLongUnit), "Unit", OrganisationRules.TooLong, UnitLimit);
        ShouldBeRefused(() => product.Rename(TooLongName, "Product"), "NameZh", OrganisationRules.TooLong, NameLimit);
        ShouldBeRefused(() => CustomerSegment.Create("S", "客户", TooLongName, SegmentKind.New), "NameEn", OrganisationRules.TooLong, NameLimit);
    }

    [Fact]
    public void ListsEveryProblemOfACreationAtOnce()
    {
        ShouldBeRefusedWith(
            () => Product.Create("", " ", TooLongName, "", DeactivatedLine()),
            ("Code", OrganisationRules.Required),
            ("NameZh", OrganisationRules.Required),
            ("NameEn", OrganisationRules.TooLong),
            ("Unit", OrganisationRules.Required),
            ("ProductLineId", OrganisationRules.LineInactive));
        ShouldBeRefusedWith(
            () => CustomerSegment.Create(" ", "客户", "", (SegmentKind)42),
            ("Code", OrganisationRules.Required),
            ("NameEn", OrganisationRules.Required),
            ("Kind", OrganisationRules.KindUnknown));
    }

    [Fact]
    public void KindUnknownAtKindNamingTheValue()
    {
        ShouldBeRefused(() => CustomerSegment.Create("KEY", "重点客户", "Key accounts", (SegmentKind)42), "Kind", OrganisationRules.KindUnknown, "42");
        var segment = CustomerSegment.Create("KEY", "重点客户", "Key accounts", SegmentKind.KeyAccount);
        ShouldBeRefused(() => segment.ChangeKind((SegmentKind)(-1)), "Kind", OrganisationRules.KindUnknown, "-1");
    }

    [Fact]
    public void AlreadyActiveAndAlreadyInactiveForTheItemAsAWholeNamingItsCode()
    {
        var product = Product.Create("CM-200", "风管机", "Ducted unit", "台", _line);
        var segment = CustomerSegment.Create("NEW", "新客户", "New customers", SegmentKind.New);

        ShouldBeRefused(_region.Activate, "", OrganisationRules.AlreadyActive, "EAST");
        ShouldBeRefused(_line.Activate, "", OrganisationRules.AlreadyActive, "HVAC-R");
        ShouldBeRefused(product.Activate, "", OrganisationRules.AlreadyActive, "CM-200");
        ShouldBeRefused(segment.Activate, "", OrganisationRules.AlreadyActive, "NEW");
        segment.Deactivate();
        ShouldBeRefused(segment.Deactivate, "", OrganisationRules.AlreadyInactive, "NEW");
    }

    [Fact]
    public void LineInactiveAtTheProductLineNamingTheLine()
    {
        var product = Product.Create("CM-200", "风管机", "Ducted unit", "台", _line);

        ShouldBeRefused(() => product.MoveTo(DeactivatedLine()), "ProductLineId", OrganisationRules.LineInactive, "OLD");
        ShouldBeRefused(() => Product.Create("CM-300", "风管机", "Ducted unit", "台", DeactivatedLine()), "ProductLineId", OrganisationRules.LineInactive, "OLD");
    }

    [Fact]
    public void RegionInactiveAtTheManagerOrTheRepsNamingTheRegion()
    {
        var manager = Guid.NewGuid();
        _region.AssignManager(manager);
        _region.Deactivate();

        ShouldBeRefused(() => _region.AssignManager(Guid.NewGuid()), "ManagerId", OrganisationRules.RegionInactive, "EAST");
        ShouldBeRefused(() => _region.ChangeManager(Guid.NewGuid()), "ManagerId", OrganisationRules.RegionInactive, "EAST");
        ShouldBeRefused(() => _region.ChangeManager(null), "ManagerId", OrganisationRules.RegionInactive, "EAST");
        ShouldBeRefused(() => _region.AddRep(Guid.NewGuid()), "RepIds", OrganisationRules.RegionInactive, "EAST");
        _region.ManagerId.ShouldBe(manager);
    }

    [Fact]
    public void MembershipRulesAtTheirFieldNamingTheRegion()
    {
        var manager = Guid.NewGuid();
        var rep = Guid.NewGuid();
        _region.AssignManager(manager);
        _region.AddRep(rep);

        ShouldBeRefused(() => _region.AssignManager(Guid.Empty), "ManagerId", OrganisationRules.UserRequired);
        ShouldBeRefused(() => _region.AddRep(Guid.Empty), "RepIds", OrganisationRules.UserRequired);
        ShouldBeRefused(() => _region.AssignManager(manager), "ManagerId", OrganisationRules.AlreadyManager, "EAST");
        ShouldBeRefused(() => _region.AddRep(manager), "RepIds", OrganisationRules.ManagerCannotBeRep, "EAST");
        ShouldBeRefused(() => _region.AddRep(rep), "RepIds", OrganisationRules.AlreadyRep, "EAST");
        ShouldBeRefused(() => _region.RemoveMember(Guid.NewGuid()), "Members", OrganisationRules.NotAMember, "EAST");
    }

    [Fact]
    public void TextProblemIsTheRuleValidatorsAsk()
    {
        OrganisationRules.TextProblem(null, 5).ShouldBe(OrganisationRules.Required);
        OrganisationRules.TextProblem("   ", 5).ShouldBe(OrganisationRules.Required);
        OrganisationRules.TextProblem(" abcde ", 5).ShouldBeNull();
        OrganisationRules.TextProblem("abcdef", 5).ShouldBe(OrganisationRules.TooLong);
    }

    private static ProductLine DeactivatedLine()
    {
        var line = ProductLine.Create("OLD", "旧产品线", "Old line");
        line.Deactivate();
        return line;
    }
}
