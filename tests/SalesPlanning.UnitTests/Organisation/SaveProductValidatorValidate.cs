using SalesPlanning.Application.Organisation;

namespace SalesPlanning.UnitTests.Organisation;

public class SaveProductValidatorValidate
{
    [Fact]
    public void AcceptsAWellFormedProduct()
    {
        new SaveProductValidator().Validate(new SaveProduct(null, "cm-300", "风管机", "Ducted unit", "台", Guid.NewGuid())).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void GivesAMessageKeyPerBadField()
    {
        var errors = new SaveProductValidator().Validate(new SaveProduct(null, "CM 300", "", new string('x', 101), " ", Guid.Empty)).ToDictionary();

        errors["Code"].ShouldBe([MasterDataMessages.CodeFormat]);
        errors["NameZh"].ShouldBe([MasterDataMessages.NameRequired]);
        errors["NameEn"].ShouldBe([MasterDataMessages.NameTooLong]);
        errors["Unit"].ShouldBe([MasterDataMessages.UnitRequired]);
        errors["ProductLineId"].ShouldBe([MasterDataMessages.LineRequired]);
    }
}
