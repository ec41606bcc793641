using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using static SalesPlanning.UnitTests.Organisation.OrganisationRefusals;

namespace SalesPlanning.UnitTests.Organisation;

public class ProductChange
{
    private readonly ProductLine _residential = ProductLine.Create("HVAC-R", "家用空调", "Residential air conditioners");
    private readonly ProductLine _commercial = ProductLine.Create("HVAC-C", "商用空调", "Commercial air conditioning");
    private readonly Product _product;

    public ProductChange()
    {
        _product = Product.Create("CM-200", "风管机", "Ducted unit", "台", _residential);
    }

    [Fact]
    public void MoveToPutsTheProductInAnotherLine()
    {
        _product.MoveTo(_commercial);

        _product.ProductLineId.ShouldBe(_commercial.Id);
    }

    [Fact]
    public void MoveToRefusesAnInactiveLine()
    {
        _commercial.Deactivate();

        Should.Throw<DomainException>(() => _product.MoveTo(_commercial));
        _product.ProductLineId.ShouldBe(_residential.Id);
    }

    [Fact]
    public void RenameChangesBothNames()
    {
        _product.Rename("风管送风式空调", "Ducted split unit");

        _product.NameZh.ShouldBe("风管送风式空调");
        _product.NameEn.ShouldBe("Ducted split unit");
    }

    [Fact]
    public void ChangeUnitValidatesTheUnit()
    {
        _product.ChangeUnit("套");
        _product.Unit.ShouldBe("套");

        Should.Throw<DomainException>(() => _product.ChangeUnit(""));
        _product.Unit.ShouldBe("套");
    }

    [Fact]
    public void DeactivateAndActivateRefuseTheStateTheProductIsAlreadyIn()
    {
        Should.Throw<DomainException>(_product.Activate);

        _product.Deactivate();
        _product.IsActive.ShouldBeFalse();
        ShouldBeRefused(_product.Deactivate, "", OrganisationRules.AlreadyInactive, "CM-200");

        _product.Activate();
        _product.IsActive.ShouldBeTrue();
    }
}
