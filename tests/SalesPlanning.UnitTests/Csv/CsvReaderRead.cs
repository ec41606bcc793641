using System.Text;
using SalesPlanning.Application.Csv;

namespace SalesPlanning.UnitTests.Csv;

/// <summary>The one CSV reader that the users, regions, products and history imports use.</summary>
public class CsvReaderRead
{
    private static readonly CsvLayout People = new(["email", "name"], ["roles"]);
    private static readonly CsvLayout Regions = CsvLayout.InOrderOf(["code", "name", "active"], optionalAtEnd: 1);

    private static IEnumerable<(int Line, string Code, string Name)> CodesAndNames(CsvReadResult result) =>
        result.Rows.Select(r => (r.Line, r["code"], r["name"]));

    [Fact]
    public void ReadsFieldsByColumnNameInAnyOrderAndCase()
    {
        var result = CsvReader.Read("Name, EMAIL ,roles\nAnna,anna@x.test,Rep\n", People);

        result.IsValid.ShouldBeTrue();
        result.Rows.Count.ShouldBe(1);
        result.Rows[0]["email"].ShouldBe("anna@x.test");
        result.Rows[0]["name"].ShouldBe("Anna");
        result.Rows[0]["roles"].ShouldBe("Rep");
        result.Rows[0].Line.ShouldBe(2);
    }

    [Fact]
    public void ReadsQuotedFieldsWithCommasAndDoubledQuotes()
    {
        var result = CsvReader.Read("code,name\r\nP1,\"Unit, \"\"large\"\"\"\r\nP2, \"spaces around\" \r\nP3,\"\"\r\n", Regions);

        result.IsValid.ShouldBeTrue();
        CodesAndNames(result).ShouldBe([(2, "P1", "Unit, \"large\""), (3, "P2", "spaces around"), (4, "P3", "")]);
    }

    [Fact]
    public void KeepsAQuoteInsideAFieldThatDoesNotStartWithOne()
    {
        var result = CsvReader.Read("code,name\nP1,Duct 12\" round\n", Regions);

        result.IsValid.ShouldBeTrue();
        result.Rows.Single()["name"].ShouldBe("Duct 12\" round");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void KeepsLineBreaksInsideQuotesAndNumbersEachRecordByThePhysicalLineItStartsOn(string lineEnd)
    {
        var text = string.Join(lineEnd, "code,name", "A,\"two", "lines\"", "B,\"three", "", "lines\"", "C,after", "");

        var result = CsvReader.Read(text, Regions);

        result.IsValid.ShouldBeTrue();
        CodesAndNames(result).ShouldBe([(2, "A", $"two{lineEnd}lines"), (4, "B", $"three{lineEnd}{lineEnd}lines"), (7, "C", "after")]);
    }

    [Fact]
    public void IgnoresAByteOrderMark()
    {
        var result = CsvReader.Read("\uFEFFcode,name\nA,a\n", Regions);

        result.IsValid.ShouldBeTrue();
        CodesAndNames(result).ShouldBe([(2, "A", "a")]);
    }

    [Fact]
    public async Task IgnoresAUtf8ByteOrderMarkInAStreamAndKeepsChineseNames()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("email,name\n wang@x.test ,王小明\n")).ToArray();
        using var stream = new MemoryStream(bytes);

        var result = await CsvReader.ReadAsync(stream, People);

        result.IsValid.ShouldBeTrue();
        result.Rows.Single()["email"].ShouldBe("wang@x.test");
        result.Rows.Single()["name"].ShouldBe("王小明");
        result.Rows.Single()["roles"].ShouldBe("");
    }

    [Fact]
    public void SkipsBlankLinesButKeepsTheLineNumbersOfTheFile()
    {
        var result = CsvReader.Read("\ncode,name\n\nA,a\n   \r\n\nB,b", Regions);

        result.IsValid.ShouldBeTrue();
        CodesAndNames(result).ShouldBe([(4, "A", "a"), (7, "B", "b")]);
    }

    [Fact]
    public void KeepsEmptyTrailingFields()
    {
        var result = CsvReader.Read("code,name,active\nA,,\n", Regions);

        result.IsValid.ShouldBeTrue();
        var row = result.Rows.Single();
        (row["name"], row["active"], row.Has("active")).ShouldBe(("", "", true));
    }

    [Fact]
    public void ReportsAnUnclosedQuoteOnTheLineWhereTheRecordStartsAndKeepsTheLinesBefore()
    {
        var result = CsvReader.Read("code,name\nA,a\nB,\"two\nlines\",\"never closed\nC,c\n", new CsvLayout(["code", "name"], []));

        result.Errors.ShouldBe([new CsvLineError(3, CsvMessages.UnclosedQuote)]);
        CodesAndNames(result).ShouldBe([(2, "A", "a")]);
    }

    [Fact]
    public void ReportsTextAfterAClosingQuoteAndGoesOnWithTheNextLine()
    {
        var result = CsvReader.Read("code,name\nA,\"a\"x\nB,\"b\"  \nC,\"c\"\"\"\n", Regions);

        result.Errors.ShouldBe([new CsvLineError(2, CsvMessages.QuoteInField)]);
        CodesAndNames(result).ShouldBe([(3, "B", "b"), (4, "C", "c\"")]);
    }

    [Fact]
    public void ReportsEachLineWithTheWrongNumberOfFieldsAndKeepsTheGoodOnes()
    {
        var result = CsvReader.Read("email,name\na@x.test,A\nb@x.test\n\nc@x.test,C,Rep,x\nd@x.test,\"D\" x\ne@x.test,E\n", People);

        result.Errors.ShouldBe(
        [
            new CsvLineError(3, CsvMessages.FieldCount, Detail: "1/2"),
            new CsvLineError(5, CsvMessages.FieldCount, Detail: "4/2"),
            new CsvLineError(6, CsvMessages.QuoteInField),
        ]);
        result.Rows.Select(r => r.Line).ShouldBe([2, 7]);
    }

    [Fact]
    public void ReportsEveryMissingUnknownAndDuplicateColumnOnTheHeaderLine()
    {
        var result = CsvReader.Read("name,name,mail\nA,B,C\n", People);

        result.Rows.ShouldBeEmpty();
        result.Errors.ShouldAllBe(e => e.Line == 1);
        result.Errors.Select(e => (e.Message, e.Column)).ShouldBe(
            [(CsvMessages.DuplicateColumn, "name"), (CsvMessages.UnknownColumn, "mail"), (CsvMessages.MissingColumn, "email")],
            ignoreOrder: true);
    }

    [Theory]
    [InlineData("code,name\nA,a\n")]
    [InlineData("Code , NAME,active\nA,a,true\n")]
    public void TakesTheColumnsOfAnOrderedLayoutInOrderWithTrailingOptionalOnesLeftOut(string text)
    {
        var result = CsvReader.Read(text, Regions);

        result.IsValid.ShouldBeTrue();
        CodesAndNames(result).ShouldBe([(2, "A", "a")]);
        result.Rows[0].Has("active").ShouldBe(text.Contains("active", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("name,code\nA,a\n")]
    [InlineData("code\nA\n")]
    [InlineData("code,name,active,extra\nA,a,true,x\n")]
    [InlineData("code;name\nA;a\n")]
    public void ReportsAHeaderOutOfOrderOrIncompleteAsOneProblem(string text)
    {
        var result = CsvReader.Read(text, Regions);

        result.Rows.ShouldBeEmpty();
        result.Errors.ShouldBe([new CsvLineError(1, CsvMessages.HeaderNotAsExpected, Detail: "code,name,active")]);
    }

    [Fact]
    public void ReportsAHeaderItCannotReadRatherThanTakingTheNextLineForIt()
    {
        var result = CsvReader.Read("\"email\"x,name\nname,email\n", People);

        result.Rows.ShouldBeEmpty();
        result.Errors.ShouldBe([new CsvLineError(1, CsvMessages.QuoteInField)]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n\n  \r\n")]
    public void ReportsAnEmptyFile(string text)
    {
        CsvReader.Read(text, People).Errors.ShouldBe([new CsvLineError(1, CsvMessages.Empty)]);
    }

    [Fact]
    public void ReadsAHeaderWithoutLinesAsNoRowsAndNoProblem()
    {
        var result = CsvReader.Read("email,name\r\n", People);

        result.IsValid.ShouldBeTrue();
        result.Rows.ShouldBeEmpty();
    }

    [Fact]
    public void RefusesMoreRowsThanTheLimit()
    {
        var result = CsvReader.Read("email,name\na,A\nb,B\nc,C\n", People, maxRows: 2);

        result.Errors.ShouldHaveSingleItem().ShouldBe(new CsvLineError(4, CsvMessages.TooManyRows, Detail: "2"));
    }

    [Theory]
    [InlineData("'=SUM(A1)", "=SUM(A1)")]
    [InlineData("'-X1", "-X1")]
    [InlineData("'@cmd", "@cmd")]
    [InlineData("'-12.5", "'-12.5")]
    [InlineData("'plain", "'plain")]
    public void ReadsAValueTheWriterKeptFromBeingAFormulaWithoutItsApostrophe(string written, string read)
    {
        CsvReader.Read($"code,name\nA,{written}\n", Regions).Rows.Single()["name"].ShouldBe(read);
    }
}
