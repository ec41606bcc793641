using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

namespace SalesPlanning.UnitTests.Organisation;

public class ProductCreate
{
    private readonly ProductLine _line = ProductLine.Create("HVAC-R", "家用空调", "Residential air conditioners");

    [Fact]
    public void BelongsToTheLineAndStartsActive()
    {
        var product = Product.Create(" ac-100 ", " 壁挂式空调 1.5匹 ", "Wall-mounted AC 1.5 HP", " 台 ", _line);

        product.Id.ShouldNotBe(Guid.Empty);
        product.Code.ShouldBe("AC-100");
        product.NameZh.ShouldBe("壁挂式空调 1.5匹");
        product.NameEn.ShouldBe("Wall-mounted AC 1.5 HP");
        product.Unit.ShouldBe("台");
        product.ProductLineId.ShouldBe(_line.Id);
        product.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void RefusesAnInactiveLine()
    {
        _line.Deactivate();

        ShouldBeRefused(() => Product.Create("AC-100", "空调", "AC", "台", _line), "ProductLineId", OrganisationRules.LineInactive, "HVAC-R");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void RequiresAUnit(string unit)
    {
        ShouldBeRefused(() => Product.Create("AC-100", "空调", "AC", unit, _line), "Unit", OrganisationRules.Required);
    }

    [Fact]
    public void RejectsAUnitLongerThanTheLimit()
    {
        Should.Throw<DomainException>(
            () => Product.Create("AC-100", "空调", "AC", new string('箱', TextLimits.Unit + 1), _line));
    }

    [Fact]
    public void RequiresACodeWithinTheLimit()
    {
        ShouldBeRefused(() => Product.Create(" ", "空调", "AC", "台", _line), "Code", OrganisationRules.Required);
        Should.Throw<DomainException>(
            () => Product.Create(new string('A', TextLimits.Code + 1), "空调", "AC", "台", _line));
    }
}
