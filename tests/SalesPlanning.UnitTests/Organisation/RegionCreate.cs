using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

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
        ShouldBeRefused(() => Region.Create(code!, "East"), "Code", OrganisationRules.Required);
    }

    [Fact]
    public void RejectsACodeLongerThanTheLimit()
    {
        Region.Create(new string('A', TextLimits.Code), "East").Code.Length.ShouldBe(TextLimits.Code);

        ShouldBeRefused(() => Region.Create(new string('A', TextLimits.Code + 1), "East"), "Code", OrganisationRules.TooLong,
            $"{TextLimits.Code}", $"{TextLimits.Code + 1}");
    }

    [Fact]
    public void RequiresANameWithinTheLimit()
    {
        ShouldBeRefused(() => Region.Create("EAST", " "), "Name", OrganisationRules.Required);
        Should.Throw<DomainException>(() => Region.Create("EAST", new string('区', TextLimits.Name + 1)));
        Region.Create("EAST", new string('区', TextLimits.Name)).Name.Length.ShouldBe(TextLimits.Name);
    }
}
