using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

namespace SalesPlanning.UnitTests.Organisation;

public class ProductLineCreate
{
    [Fact]
    public void NormalisesCodeAndNamesAndStartsActive()
    {
        var line = ProductLine.Create(" hvac-r ", " 家用空调 ", " Residential air conditioners ");

        line.Id.ShouldNotBe(Guid.Empty);
        line.Code.ShouldBe("HVAC-R");
        line.NameZh.ShouldBe("家用空调");
        line.NameEn.ShouldBe("Residential air conditioners");
        line.IsActive.ShouldBeTrue();
    }

    [Theory]
    [InlineData("", "家用空调", "Residential", "Code")]
    [InlineData("HVAC", " ", "Residential", "NameZh")]
    [InlineData("HVAC", "家用空调", "", "NameEn")]
    public void RequiresCodeAndBothNames(string code, string nameZh, string nameEn, string field)
    {
        ShouldBeRefused(() => ProductLine.Create(code, nameZh, nameEn), field, OrganisationRules.Required);
    }

    [Fact]
    public void RejectsNamesLongerThanTheLimit()
    {
        var tooLong = new string('x', TextLimits.Name + 1);

        Should.Throw<DomainException>(() => ProductLine.Create("HVAC", tooLong, "Residential"));
        Should.Throw<DomainException>(() => ProductLine.Create("HVAC", "家用空调", tooLong));
    }
}
