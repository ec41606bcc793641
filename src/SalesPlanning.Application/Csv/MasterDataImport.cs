using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Csv;

/// <summary>
/// CSV import of regions and products: a preview, then an all-or-nothing commit. Headers are documented in
/// docs/csv-formats.md; files are read by <see cref="CsvReader"/>. Each line goes through its kind's one
/// create/update path (<see cref="MasterDataPaths"/>), the path of the admin pages' saves too. Preview and
/// commit run the same checks and changes; only the commit saves them, in one transaction, and only when
/// no line has an error. The export, which writes what this reads: <see cref="MasterDataExportService"/>.
/// </summary>
public sealed class MasterDataImportService(
    ISalesPlanningDbFactory contexts,
    TimeProvider time,
    ILogger<MasterDataImportService> logger)
{
    public const int MaxLines = 5000;
    public const int MaxChars = 2_000_000;

    public static readonly IReadOnlyList<string> RegionHeader = ["code", "name", "manager_email", "active"];
    public static readonly IReadOnlyList<string> ProductLineHeader = ["code", "name_zh", "name_en", "active"];
    public static readonly IReadOnlyList<string> ProductHeader = ["code", "name_zh", "name_en", "unit", "product_line_code", "active"];
    public static readonly IReadOnlyList<string> SegmentHeader = ["code", "name_zh", "name_en", "kind", "active"];

    public const string HeaderProblem = "Csv_Error_Header";
    public const string ColumnCount = "Csv_Error_ColumnCount";
    public const string DuplicateCode = "Csv_Error_DuplicateCode";
    public const string ActiveValue = "Csv_Error_ActiveValue";
    public const string Empty = "Csv_Error_Empty";
    public const string TooLarge = "Csv_Error_TooLarge";
    public const string NotImportable = "Csv_Error_NotImportable";
    public const string UnclosedQuote = "Csv_Error_UnclosedQuote";
    public const string TextAfterQuote = "Csv_Error_TextAfterQuote";

    /// <summary>The header an import of the kind expects (the last column, active, may be left out).</summary>
    public static IReadOnlyList<string> HeaderOf(MasterDataKind kind) => kind switch
    {
        MasterDataKind.Region => RegionHeader,
        MasterDataKind.ProductLine => ProductLineHeader,
        MasterDataKind.Product => ProductHeader,
        _ => SegmentHeader,
    };

    public static bool CanImport(MasterDataKind kind) => kind is MasterDataKind.Region or MasterDataKind.Product;

    /// <summary>Checks a file and reports what it would change; saves nothing.</summary>
    public Task<Result<ImportReport>> PreviewAsync(Actor actor, MasterDataKind kind, string text, CancellationToken cancellationToken = default) =>
        RunAsync(actor, kind, text, commit: false, cancellationToken);

    /// <summary>Imports a file: every line or, when any line has an error, none (the errors are returned).</summary>
    public Task<Result<ImportReport>> CommitAsync(Actor actor, MasterDataKind kind, string text, CancellationToken cancellationToken = default) =>
        RunAsync(actor, kind, text, commit: true, cancellationToken);

    private async Task<Result<ImportReport>> RunAsync(Actor actor, MasterDataKind kind, string text, bool commit, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin)
        {
            return Result<ImportReport>.Forbidden();
        }

        if (!CanImport(kind))
        {
            return Result<ImportReport>.NotFound();
        }

        var report = new ImportReportBuilder(kind);
        text ??= "";
        if (text.Length > MaxChars)
        {
            report.Error(1, null, TooLarge);
            return Finish(report, commit);
        }

        var file = CsvReader.Read(text, CsvLayout.InOrderOf(HeaderOf(kind), optionalAtEnd: 1), MaxLines);
        if (file.Errors.FirstOrDefault(e => e.Message is CsvMessages.Empty or CsvMessages.HeaderNotAsExpected or CsvMessages.TooManyRows) is { } fileError)
        {
            report.Error(1, null, fileError.Message == CsvMessages.TooManyRows ? TooLarge : HeaderProblem);
            return Finish(report, commit);
        }

        foreach (var error in file.Errors)
        {
            report.Error(error.Line, null, error.Message switch
            {
                CsvMessages.UnclosedQuote => UnclosedQuote,
                CsvMessages.QuoteInField => TextAfterQuote,
                _ => ColumnCount,
            });
        }

        if (file.Rows.Count == 0 && file.Errors.Count == 0)
        {
            report.Error(1, null, Empty);
            return Finish(report, commit);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = commit ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var edit = new MasterDataEdit(db, actor, time, "CSV import");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = new List<CsvRow>();
        foreach (var row in file.Rows)
        {
            var code = row["code"].ToUpperInvariant();
            if (code.Length > 0 && !seen.Add(code))
            {
                report.Error(row.Line, "code", DuplicateCode);
                continue;
            }

            if (row.Has("active") && MasterDataCsvLines.ParseFlag(row["active"]) is null)
            {
                report.Error(row.Line, "active", ActiveValue);
            }

            lines.Add(row);
        }

        if (kind == MasterDataKind.Region)
        {
            await ImportAsync(edit, report, lines, MasterDataPaths.Region, MasterDataCsvLines.RegionColumns,
                row => MasterDataCsvLines.RegionAsync(edit, report, row, cancellationToken), cancellationToken);
        }
        else
        {
            await ImportAsync(edit, report, lines, MasterDataPaths.Product, MasterDataCsvLines.ProductColumns,
                row => MasterDataCsvLines.ProductAsync(edit, report, row, cancellationToken), cancellationToken);
        }

        if (!commit || !report.IsValid)
        {
            return Finish(report, commit);
        }

        // A duplicate is the same code added by someone else meanwhile.
        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<ImportReport>(MasterDataMessages.Conflict) is { } refused)
        {
            return refused;
        }

        await transaction!.CommitAsync(cancellationToken);

        logger.LogInformation("{Kind} CSV imported by {UserId}: {Creates} new, {Updates} changed", kind, actor.UserId, report.Lines.Count(l => l.Action == ImportAction.Create),
            report.Lines.Count(l => l.Action == ImportAction.Update));
        return Result<ImportReport>.Ok(report.ToReport(committed: true));
    }

    /// <summary>
    /// Each line through the kind's one create/update path (<see cref="MasterDataPath{TRequest, TEntity}"/>), as a
    /// save from the admin pages: a line whose code exists changes that item, any other creates one.
    /// </summary>
    private static async Task ImportAsync<TRequest, TEntity>(
        MasterDataEdit edit, ImportReportBuilder report, List<CsvRow> lines, MasterDataPath<TRequest, TEntity> path,
        IReadOnlyDictionary<string, string> columns, Func<CsvRow, Task<TRequest>> read, CancellationToken cancellationToken)
        where TRequest : IMasterDataRequest
        where TEntity : class
    {
        var existing = await path.ByCodeAsync(edit.Db, cancellationToken);
        foreach (var row in lines)
        {
            var request = await read(row);
            if (!report.Validate(row.Line, path.Validator, request, columns) || report.HasErrorOn(row.Line))
            {
                continue;
            }

            if (await path.CheckReferencesAsync(edit, request, cancellationToken) is { } refused)
            {
                report.Error(row.Line, MasterDataCsvLines.ColumnOf(columns, refused.Field), refused.Message);
                continue;
            }

            var code = request.Code.ToUpperInvariant();
            var active = row.Has("active") ? MasterDataCsvLines.ParseFlag(row["active"]) ?? true : (bool?)null;
            try
            {
                if (existing.TryGetValue(code, out var item))
                {
                    var changed = await path.ChangeAsync(edit, item, request, active, cancellationToken);
                    report.Lines.Add(new ImportLine(row.Line, code, changed ? ImportAction.Update : ImportAction.Unchanged));
                }
                else
                {
                    await path.CreateAsync(edit, request, active ?? true, cancellationToken);
                    report.Lines.Add(new ImportLine(row.Line, code, ImportAction.Create));
                }
            }
            catch (OrganisationRulesException rules)
            {
                foreach (var problem in rules.Problems)
                {
                    report.Error(row.Line, MasterDataCsvLines.ColumnOf(columns, problem.Field), MasterDataMessages.For(problem));
                }
            }
        }
    }

    private static Result<ImportReport> Finish(ImportReportBuilder report, bool commit) =>
        commit && !report.IsValid
            ? Result<ImportReport>.Invalid(report.Errors
                .GroupBy(e => $"line {e.LineNumber.ToString(CultureInfo.InvariantCulture)}")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray()))
            : Result<ImportReport>.Ok(report.ToReport(committed: false));
}
