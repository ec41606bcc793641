using System.Text;
using SalesPlanning.Application.Csv;

namespace SalesPlanning.UnitTests.Csv;

/// <summary>The one CSV writer that the users, master data and production exports use.</summary>
public class CsvWriterWrite
{
    private static IReadOnlyList<string?> Row(params string?[] fields) => fields;

    [Fact]
    public void QuotesOnlyFieldsThatNeedIt()
    {
        var rows = new List<IReadOnlyList<string?>> { Row("a@x.test", "Smith, \"Jo\"", "王小明\nline"), Row("b@x.test", null, " padded "), Row("c@x.test", "plain", "") };

        var text = CsvWriter.Write(["email", "name", "roles"], rows);

        text.ShouldBe("email,name,roles\r\na@x.test,\"Smith, \"\"Jo\"\"\",\"王小明\nline\"\r\nb@x.test,,\" padded \"\r\nc@x.test,plain,\r\n");
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+86", "+86")]
    [InlineData("a=b", "a=b")]
    public void KeepsSpreadsheetsFromRunningFormulas(string value, string written)
    {
        CsvWriter.Field(value).ShouldBe(written);
    }

    [Fact]
    public void WritesWhatTheReaderReadsBack()
    {
        IReadOnlyList<string?>[] rows = [Row("P-1", "风管机, 大", "line\nbreak"), Row("-P2", "=1+1", "say \"hi\""), Row("P3", "", "12\" duct")];

        var text = CsvWriter.Write(["code", "name_zh", "name_en"], rows);

        var back = CsvReader.Read(text, CsvLayout.InOrderOf(["code", "name_zh", "name_en"]));
        back.IsValid.ShouldBeTrue();
        back.Rows.Select(r => (IReadOnlyList<string?>)[r["code"], r["name_zh"], r["name_en"]]).ShouldBe(rows);
    }

    [Fact]
    public void WritesAByteOrderMarkSoSpreadsheetsReadChinese()
    {
        var bytes = CsvWriter.ToUtf8(["name"], [Row("王")]);

        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldBe("name\r\n王\r\n");
    }

    [Fact]
    public void RefusesARowWithAnotherNumberOfFieldsThanTheHeader()
    {
        Should.Throw<ArgumentException>(() => CsvWriter.Write(["a", "b"], [Row("1")]));
    }
}
