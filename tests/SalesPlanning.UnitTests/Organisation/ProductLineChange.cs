using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

namespace SalesPlanning.UnitTests.Organisation;

public class ProductLineChange
{
    private readonly ProductLine _line = ProductLine.Create("AIR", "空气净化", "Air purification");

    [Fact]
    public void RenameChangesBothNames()
    {
        _line.Rename("空气净化设备", "Air purifiers");

        _line.NameZh.ShouldBe("空气净化设备");
        _line.NameEn.ShouldBe("Air purifiers");
    }

    [Fact]
    public void RenameWithOneBadNameChangesNeither()
    {
        Should.Throw<DomainException>(() => _line.Rename("空气净化设备", " "));

        _line.NameZh.ShouldBe("空气净化");
        _line.NameEn.ShouldBe("Air purification");
    }

    [Fact]
    public void DeactivateAndActivateRefuseTheStateTheLineIsAlreadyIn()
    {
        ShouldBeRefused(_line.Activate, "", OrganisationRules.AlreadyActive, "AIR");

        _line.Deactivate();
        _line.IsActive.ShouldBeFalse();
        ShouldBeRefused(_line.Deactivate, "", OrganisationRules.AlreadyInactive, "AIR");

        _line.Activate();
        _line.IsActive.ShouldBeTrue();
    }
}
