using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.UnitTests.Organisation;

public class RegionRename
{
    [Fact]
    public void ChangesTheTrimmedName()
    {
        var region = Region.Create("EAST", "East");

        region.Rename("  华东区  ");

        region.Name.ShouldBe("华东区");
        region.Code.ShouldBe("EAST");
    }

    [Fact]
    public void RejectsABlankNameAndKeepsTheOldOne()
    {
        var region = Region.Create("EAST", "East");

        Should.Throw<DomainException>(() => region.Rename(""));

        region.Name.ShouldBe("East");
    }
}
