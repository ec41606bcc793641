using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

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
        Should.Throw<DomainException>(_line.Activate).Message.ShouldBe("Product line AIR is already active.");

        _line.Deactivate();
        _line.IsActive.ShouldBeFalse();
        Should.Throw<DomainException>(_line.Deactivate).Message.ShouldBe("Product line AIR is already inactive.");

        _line.Activate();
        _line.IsActive.ShouldBeTrue();
    }
}
