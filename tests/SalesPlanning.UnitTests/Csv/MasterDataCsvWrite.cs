using SalesPlanning.Application.Csv;

namespace SalesPlanning.UnitTests.Csv;

public class MasterDataCsvWrite
{
    [Fact]
    public void QuotesOnlyFieldsThatNeedIt()
    {
        var text = MasterDataCsv.Write(["code", "name"], [["A", "plain"], ["B", "with, comma"], ["C", "say \"hi\""]]);

        text.ShouldBe("code,name\r\nA,plain\r\nB,\"with, comma\"\r\nC,\"say \"\"hi\"\"\"\r\n");
    }

    [Fact]
    public void WritesWhatParseReadsBack()
    {
        IReadOnlyList<string>[] rows = [["P-1", "风管机, 大", "line\nbreak"], ["P-2", "", "x"]];

        var file = MasterDataCsv.Parse(MasterDataCsv.Write(["code", "name_zh", "name_en"], rows));

        file.Records.Select(r => r.Fields).ShouldBe(rows);
    }

    [Fact]
    public void KeepsAFormulaAsText()
    {
        var text = MasterDataCsv.Write(["name"], [["=1+1"]]);

        text.ShouldBe("name\r\n'=1+1\r\n");
    }
}
