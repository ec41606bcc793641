using SalesPlanning.Application.Csv;

namespace SalesPlanning.UnitTests.Csv;

public class MasterDataCsvParse
{
    [Fact]
    public void ReadsTheHeaderInLowerCaseAndEachRecordWithItsLineNumber()
    {
        var file = MasterDataCsv.Parse("Code,Name\nEAST,华东区\nSOUTH,华南区\n");

        file.Header.ShouldBe(["code", "name"]);
        file.Records.Select(r => r.LineNumber).ShouldBe([2, 3]);
        file.Records[0].Fields.ShouldBe(["EAST", "华东区"]);
        file.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void ReadsQuotedFieldsWithCommasAndDoubledQuotes()
    {
        var file = MasterDataCsv.Parse("code,name\r\nP1,\"Unit, \"\"large\"\"\"\r\n");

        file.Records.Single().Fields.ShouldBe(["P1", "Unit, \"large\""]);
    }

    [Fact]
    public void KeepsLineBreaksInsideQuotesAndCountsPhysicalLines()
    {
        var file = MasterDataCsv.Parse("code,name\nA,\"two\nlines\"\nB,after\n");

        file.Records.Select(r => (r.LineNumber, r.Fields[1])).ShouldBe([(2, "two\nlines"), (4, "after")]);
    }

    [Fact]
    public void SkipsBlankLinesButKeepsTheLineNumbersOfTheFile()
    {
        var file = MasterDataCsv.Parse("code,name\n\nA,a\n\n\nB,b");

        file.Records.Select(r => r.LineNumber).ShouldBe([3, 6]);
    }

    [Fact]
    public void IgnoresAByteOrderMark()
    {
        var file = MasterDataCsv.Parse("\uFEFFcode,name\nA,a\n");

        file.Header.ShouldBe(["code", "name"]);
    }

    [Fact]
    public void KeepsEmptyTrailingFields()
    {
        var file = MasterDataCsv.Parse("code,name,manager_email\nA,a,\n");

        file.Records.Single().Fields.ShouldBe(["A", "a", ""]);
    }

    [Fact]
    public void ReportsAnUnclosedQuoteOnTheLineWhereTheRecordStarts()
    {
        var file = MasterDataCsv.Parse("code,name\nA,a\nB,\"never closed\nC,c\n");

        file.Errors.ShouldBe([new MasterCsvLineError(3, null, MasterDataCsv.UnclosedQuote)]);
        file.Records.Select(r => r.LineNumber).ShouldBe([2]);
    }

    [Fact]
    public void ReportsTextAfterAClosingQuoteAndGoesOnWithTheNextLine()
    {
        var file = MasterDataCsv.Parse("code,name\nA,\"a\"x\nB,b\n");

        file.Errors.ShouldBe([new MasterCsvLineError(2, null, MasterDataCsv.TextAfterQuote)]);
        file.Records.Select(r => r.LineNumber).ShouldBe([3]);
    }
}
