using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

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
    [InlineData("", "家用空调", "Residential", "Product line code is required.")]
    [InlineData("HVAC", " ", "Residential", "Chinese name is required.")]
    [InlineData("HVAC", "家用空调", "", "English name is required.")]
    public void RequiresCodeAndBothNames(string code, string nameZh, string nameEn, string message)
    {
        Should.Throw<DomainException>(() => ProductLine.Create(code, nameZh, nameEn)).Message.ShouldBe(message);
    }

    [Fact]
    public void RejectsNamesLongerThanTheLimit()
    {
        var tooLong = new string('x', TextLimits.Name + 1);

        Should.Throw<DomainException>(() => ProductLine.Create("HVAC", tooLong, "Residential"));
        Should.Throw<DomainException>(() => ProductLine.Create("HVAC", "家用空调", tooLong));
    }
}
