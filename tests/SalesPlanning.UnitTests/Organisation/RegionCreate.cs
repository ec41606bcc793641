using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.UnitTests.Organisation;

public class RegionCreate
{
    [Fact]
    public void TrimsAndUpperCasesTheCodeAndTrimsTheName()
    {
        var region = Region.Create("  east ", " 华东区 East ");

        region.Code.ShouldBe("EAST");
        region.Name.ShouldBe("华东区 East");
    }

    [Fact]
    public void StartsActiveWithAnIdAndNoMembers()
    {
        var region = Region.Create("EAST", "华东区");

        region.Id.ShouldNotBe(Guid.Empty);
        region.IsActive.ShouldBeTrue();
        region.Members.ShouldBeEmpty();
        region.ManagerId.ShouldBeNull();
        region.RepIds.ShouldBeEmpty();
    }

    [Fact]
    public void GivesEachRegionItsOwnId()
    {
        Region.Create("EAST", "East").Id.ShouldNotBe(Region.Create("WEST", "West").Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void RequiresACode(string? code)
    {
        var ex = Should.Throw<DomainException>(() => Region.Create(code!, "East"));

        ex.Message.ShouldBe("Region code is required.");
    }

    [Fact]
    public void RejectsACodeLongerThanTheLimit()
    {
        Region.Create(new string('A', TextLimits.Code), "East").Code.Length.ShouldBe(TextLimits.Code);

        var ex = Should.Throw<DomainException>(() => Region.Create(new string('A', TextLimits.Code + 1), "East"));
        ex.Message.ShouldBe($"Region code must be at most {TextLimits.Code} characters; it has {TextLimits.Code + 1}.");
    }

    [Fact]
    public void RequiresANameWithinTheLimit()
    {
        Should.Throw<DomainException>(() => Region.Create("EAST", " ")).Message.ShouldBe("Region name is required.");
        Should.Throw<DomainException>(() => Region.Create("EAST", new string('区', TextLimits.Name + 1)));
        Region.Create("EAST", new string('区', TextLimits.Name)).Name.Length.ShouldBe(TextLimits.Name);
    }
}
