using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.UnitTests.Organisation;

public class RegionActivation
{
    [Fact]
    public void DeactivateThenActivateRoundTrips()
    {
        var region = Region.Create("EAST", "East");

        region.Deactivate();
        region.IsActive.ShouldBeFalse();

        region.Activate();
        region.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void RefusesToDeactivateAnInactiveRegion()
    {
        var region = Region.Create("EAST", "East");
        region.Deactivate();

        Should.Throw<DomainException>(region.Deactivate).Message.ShouldBe("Region EAST is already inactive.");
    }

    [Fact]
    public void RefusesToActivateAnActiveRegion()
    {
        var region = Region.Create("EAST", "East");

        Should.Throw<DomainException>(region.Activate).Message.ShouldBe("Region EAST is already active.");
    }
}
