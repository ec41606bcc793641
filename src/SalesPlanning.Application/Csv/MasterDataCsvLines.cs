using SalesPlanning.Application.Organisation;

namespace SalesPlanning.Application.Csv;

/// <summary>
/// What a line of a master data file says, as the save request of its kind: its values by column, the
/// look-ups that turn codes and e-mails into ids, and which column each request field comes from.
/// </summary>
internal static class MasterDataCsvLines
{
    public static readonly IReadOnlyDictionary<string, string> RegionColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(SaveRegion.Code)] = "code",
        [nameof(SaveRegion.Name)] = "name",
        [nameof(SaveRegion.ManagerId)] = "manager_email",
    };

    public static readonly IReadOnlyDictionary<string, string> ProductColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(SaveProduct.Code)] = "code",
        [nameof(SaveProduct.NameZh)] = "name_zh",
        [nameof(SaveProduct.NameEn)] = "name_en",
        [nameof(SaveProduct.Unit)] = "unit",
        [nameof(SaveProduct.ProductLineId)] = "product_line_code",
    };

    /// <summary>A region's line as a save request; a manager named by an e-mail no manager has is an error of the line.</summary>
    public static async Task<SaveRegion> RegionAsync(MasterDataEdit edit, ImportReportBuilder report, CsvRow row, CancellationToken cancellationToken)
    {
        var email = row["manager_email"];
        Guid? managerId = null;
        if (email.Length > 0)
        {
            managerId = await edit.ManagerByEmailAsync(email, cancellationToken);
            if (managerId is null)
            {
                report.Error(row.Line, "manager_email", MasterDataMessages.ManagerUnknown);
            }
        }

        return new SaveRegion(null, row["code"], row["name"], managerId);
    }

    /// <summary>A product's line as a save request; its product line is named by code.</summary>
    public static async Task<SaveProduct> ProductAsync(MasterDataEdit edit, ImportReportBuilder report, CsvRow row, CancellationToken cancellationToken)
    {
        var lineCode = row["product_line_code"];
        var line = lineCode.Length == 0 ? null : await edit.LineByCodeAsync(lineCode, cancellationToken);
        if (lineCode.Length == 0)
        {
            report.Error(row.Line, "product_line_code", MasterDataMessages.LineRequired);
        }
        else if (line is null)
        {
            report.Error(row.Line, "product_line_code", MasterDataMessages.LineUnknown);
        }

        return new SaveProduct(null, row["code"], row["name_zh"], row["name_en"], row["unit"], line?.Id ?? Guid.Empty);
    }

    /// <summary>true/false, 1/0, yes/no, 是/否; blank means active.</summary>
    public static bool? ParseFlag(string value) => value.Trim().ToUpperInvariant() switch
    {
        "" or "TRUE" or "1" or "YES" or "Y" or "是" or "启用" => true,
        "FALSE" or "0" or "NO" or "N" or "否" or "停用" => false,
        _ => null,
    };

    /// <summary>The column of a request field, so an error points at the column the user typed; none for the line as a whole ("").</summary>
    public static string? ColumnOf(IReadOnlyDictionary<string, string> columns, string field) =>
        field.Length == 0 ? null : columns.GetValueOrDefault(field, field);
}
