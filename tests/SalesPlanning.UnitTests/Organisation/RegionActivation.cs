using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

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

        ShouldBeRefused(region.Deactivate, "", OrganisationRules.AlreadyInactive, "EAST");
    }

    [Fact]
    public void RefusesToActivateAnActiveRegion()
    {
        var region = Region.Create("EAST", "East");

        ShouldBeRefused(region.Activate, "", OrganisationRules.AlreadyActive, "EAST");
    }
}
