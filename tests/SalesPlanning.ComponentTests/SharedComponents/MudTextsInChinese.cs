using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace SalesPlanning.ComponentTests.SharedComponents;

/// <summary>MudBlazor's own texts come from our resources (MudLocalizerFromResources).</summary>
public class MudTextsInChinese
{
    [Theory]
    [InlineData("zh-CN", "MudDataGridPager_RowsPerPage", "每页行数：")]
    [InlineData("en", "MudDataGridPager_RowsPerPage", "Rows per page:")]
    [InlineData("zh-CN", "MudDialog_Close", "关闭")]
    [InlineData("zh-CN", "Converter_InvalidNumber", "请输入有效的数字")]
    public async Task GivesTheTextInTheUsersLanguage(string culture, string key, string expected)
    {
        await using var context = Components.Create(culture);

        var text = context.Services.GetRequiredService<MudLocalizer>()[key];

        text.ResourceNotFound.ShouldBeFalse();
        text.Value.ShouldBe(expected);
    }

    [Fact]
    public async Task FormatsThePagerLineWithItsNumbers()
    {
        await using var context = Components.Create("zh-CN");

        var format = context.Services.GetRequiredService<MudLocalizer>()["MudDataGridPager_InfoFormat"].Value;

        string.Format(CultureInfo.CurrentCulture, format, 1, 10, 42).ShouldBe("1-10 / 共 42 条");
    }

    [Fact]
    public async Task LeavesAKeyWeDoNotTranslateToMudBlazor()
    {
        await using var context = Components.Create("zh-CN");

        context.Services.GetRequiredService<MudLocalizer>()["MudColorPicker_Hue"].ResourceNotFound.ShouldBeTrue();
    }
}
