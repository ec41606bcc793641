using System.Text;
using SalesPlanning.Application.Csv;

namespace SalesPlanning.UnitTests.Csv;

public class CsvReaderRead
{
    private static readonly CsvLayout People = new(["email", "name"], ["roles"]);

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
    public void ReadsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks()
    {
        var text = "email,name,roles\r\n\"a@x.test\",\"Smith, \"\"Jo\"\"\",\"Rep;\nManager\"\r\nb@x.test,Bo,Rep\r\n";

        var result = CsvReader.Read(text, People);

        result.IsValid.ShouldBeTrue();
        result.Rows[0]["name"].ShouldBe("Smith, \"Jo\"");
        result.Rows[0]["roles"].ShouldBe("Rep;\nManager");
        result.Rows[1].Line.ShouldBe(4);
    }

    [Fact]
    public async Task IgnoresAUtf8ByteOrderMarkAndKeepsChineseNames()
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
    public void ReportsEveryMissingUnknownAndDuplicateColumnOnTheHeaderLine()
    {
        var result = CsvReader.Read("name,name,mail\nA,B,C\n", People);

        result.Rows.ShouldBeEmpty();
        result.Errors.ShouldAllBe(e => e.Line == 1);
        result.Errors.Select(e => (e.Message, e.Column)).ShouldBe(
            [(CsvMessages.DuplicateColumn, "name"), (CsvMessages.UnknownColumn, "mail"), (CsvMessages.MissingColumn, "email")],
            ignoreOrder: true);
    }

    [Fact]
    public void ReportsEachBadLineWithItsNumberAndKeepsTheGoodOnes()
    {
        var text = "email,name\na@x.test,A\nb@x.test\n\n,C\nd@x.test,\"D\" x\ne@x.test,E\n";

        var result = CsvReader.Read(text, People);

        result.Errors.Select(e => (e.Line, e.Message)).ShouldBe(
        [
            (3, CsvMessages.FieldCount),
            (5, CsvMessages.Required),
            (6, CsvMessages.QuoteInField),
        ]);
        result.Rows.Select(r => r.Line).ShouldBe([2, 5, 7]);
    }

    [Fact]
    public void ReportsAnUnclosedQuoteOnTheLineItStarts()
    {
        var result = CsvReader.Read("email,name\na@x.test,A\nb@x.test,\"B\nc@x.test,C\n", People);

        result.Errors.ShouldHaveSingleItem().ShouldBe(new CsvLineError(3, CsvMessages.UnclosedQuote));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n\n  \n")]
    public void ReportsAnEmptyFile(string text)
    {
        CsvReader.Read(text, People).Errors.ShouldHaveSingleItem().Message.ShouldBe(CsvMessages.Empty);
    }

    [Fact]
    public void RefusesMoreRowsThanTheLimit()
    {
        var result = CsvReader.Read("email,name\na,A\nb,B\nc,C\n", People, maxRows: 2);

        result.Errors.ShouldHaveSingleItem().ShouldBe(new CsvLineError(4, CsvMessages.TooManyRows, Detail: "2"));
    }
}

public class CsvWriterWrite
{
    private static IReadOnlyList<string?> Row(params string?[] fields) => fields;

    [Fact]
    public void QuotesOnlyFieldsThatNeedItAndReadsBackTheSame()
    {
        var rows = new List<IReadOnlyList<string?>> { Row("a@x.test", "Smith, \"Jo\"", "王小明\nline"), Row("b@x.test", null, " padded ") };

        var text = CsvWriter.Write(["email", "name", "roles"], rows);

        text.ShouldBe("email,name,roles\r\na@x.test,\"Smith, \"\"Jo\"\"\",\"王小明\nline\"\r\nb@x.test,,\" padded \"\r\n");
        var back = CsvReader.Read(text, new CsvLayout(["email", "name", "roles"], []));
        back.Rows[0]["name"].ShouldBe("Smith, \"Jo\"");
        back.Rows[0]["roles"].ShouldBe("王小明\nline");
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("-12.5", "-12.5")]
    public void KeepsSpreadsheetsFromRunningFormulas(string value, string written)
    {
        CsvWriter.Field(value).ShouldBe(written);
    }

    [Fact]
    public void WritesAByteOrderMarkSoSpreadsheetsReadChinese()
    {
        var bytes = CsvWriter.ToUtf8(["name"], [Row("王")]);

        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldBe("name\r\n王\r\n");
    }
}
