using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Csv;

/// <summary>What importing a line does: adds an item, changes one, or leaves it as it is.</summary>
public enum ImportAction
{
    Create,
    Update,
    Unchanged,
}

public sealed record ImportLine(int LineNumber, string Code, ImportAction Action);

/// <summary>What is wrong with one line of an imported file; <see cref="Message"/> is a message key.</summary>
public sealed record MasterCsvLineError(int LineNumber, string? Column, string Message);

/// <summary>What an import does or would do; nothing is saved while <see cref="Errors"/> has any line.</summary>
public sealed record ImportReport(MasterDataKind Kind, bool Committed, IReadOnlyList<ImportLine> Lines, IReadOnlyList<MasterCsvLineError> Errors)
{
    public int Creates => Lines.Count(l => l.Action == ImportAction.Create);
    public int Updates => Lines.Count(l => l.Action == ImportAction.Update);
    public int Unchanged => Lines.Count(l => l.Action == ImportAction.Unchanged);
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// CSV import of regions and products (preview, then an all-or-nothing commit) and CSV export of
/// regions, product lines, products and segments. Headers are documented in docs/csv-formats.md;
/// files are read by <see cref="CsvReader"/> and written by <see cref="CsvWriter"/>.
/// Preview and commit run the same checks and changes; only the commit saves them, in one
/// transaction, and only when no line has an error.
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

    public async Task<Result<string>> ExportAsync(Actor actor, MasterDataKind kind, CancellationToken cancellationToken = default)
    {
        if (!actor.SeesAllRegions)
        {
            return Result<string>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IEnumerable<IReadOnlyList<string>> rows = kind switch
        {
            MasterDataKind.Region => (await db.Regions.AsNoTracking().OrderBy(r => r.Code)
                    .Select(r => new
                    {
                        r.Code, r.Name, r.IsActive,
                        Manager = r.Members.Where(m => m.Role == MemberRole.Manager)
                            .Join(db.Users, m => m.UserId, u => u.Id, (_, u) => u.Email).FirstOrDefault(),
                    }).ToListAsync(cancellationToken))
                .Select(r => (IReadOnlyList<string>)[r.Code, r.Name, r.Manager ?? "", Flag(r.IsActive)]),
            MasterDataKind.ProductLine => (await db.ProductLines.AsNoTracking().OrderBy(l => l.Code).ToListAsync(cancellationToken))
                .Select(l => (IReadOnlyList<string>)[l.Code, l.NameZh, l.NameEn, Flag(l.IsActive)]),
            MasterDataKind.Product => (await db.Products.AsNoTracking().OrderBy(p => p.Code)
                    .Join(db.ProductLines, p => p.ProductLineId, l => l.Id, (p, l) => new { p.Code, p.NameZh, p.NameEn, p.Unit, Line = l.Code, p.IsActive })
                    .ToListAsync(cancellationToken))
                .Select(p => (IReadOnlyList<string>)[p.Code, p.NameZh, p.NameEn, p.Unit, p.Line, Flag(p.IsActive)]),
            _ => (await db.CustomerSegments.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken))
                .Select(s => (IReadOnlyList<string>)[s.Code, s.NameZh, s.NameEn, s.Kind.ToString(), Flag(s.IsActive)]),
        };
        return Result<string>.Ok(CsvWriter.Write(HeaderOf(kind), rows));
    }

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

        var report = new Report(kind);
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
        var audit = new MasterDataAudit(db, actor, time, "CSV import");
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

            if (row.Has("active") && ParseFlag(row["active"]) is null)
            {
                report.Error(row.Line, "active", ActiveValue);
            }

            lines.Add(row);
        }

        if (kind == MasterDataKind.Region)
        {
            await ImportRegionsAsync(db, audit, report, lines, cancellationToken);
        }
        else
        {
            await ImportProductsAsync(db, audit, report, lines, cancellationToken);
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

    private static async Task ImportRegionsAsync(
        ISalesPlanningDb db, MasterDataAudit audit, Report report,
        List<CsvRow> lines, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.Include(r => r.Members).ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);
        var managers = await MasterDataService.ManagersQuery(db).ToListAsync(cancellationToken);
        var managersByEmail = managers.ToDictionary(m => m.Email.ToUpperInvariant(), m => m.UserId, StringComparer.Ordinal);
        var names = managers.ToDictionary(m => m.UserId, m => m.Email);
        foreach (var row in lines)
        {
            var email = row["manager_email"];
            Guid? managerId = null;
            if (email.Length > 0)
            {
                if (managersByEmail.TryGetValue(email.ToUpperInvariant(), out var id))
                {
                    managerId = id;
                }
                else
                {
                    report.Error(row.Line, "manager_email", MasterDataMessages.ManagerUnknown);
                }
            }

            var request = new SaveRegion(null, row["code"], row["name"], managerId);
            if (!report.Validate(row.Line, new SaveRegionValidator(), request, Columns.Region) || report.HasErrorOn(row.Line))
            {
                continue;
            }

            var code = request.Code.ToUpperInvariant();
            var active = row.Has("active") ? ParseFlag(row["active"]) ?? true : (bool?)null;
            if (!regions.TryGetValue(code, out var region))
            {
                region = Region.Create(code, request.Name);
                if (managerId is { } m)
                {
                    region.AssignManager(m);
                }

                if (active == false)
                {
                    region.Deactivate();
                }

                db.Regions.Add(region);
                audit.Record(nameof(Region), region.Code, "Created", null, null, $"{region.Name}; manager {MasterDataService.Name(names, managerId)}");
                report.Lines.Add(new ImportLine(row.Line, code, ImportAction.Create));
                continue;
            }

            var changed = false;
            if (region.Name != request.Name.Trim())
            {
                audit.Change(nameof(Region), code, nameof(Region.Name), region.Name, request.Name.Trim());
                region.Rename(request.Name);
                changed = true;
            }

            if (active == true && !region.IsActive)
            {
                region.Activate();
                audit.Record(nameof(Region), code, "Reactivated", "IsActive", "false", "true");
                changed = true;
            }

            if (region.ManagerId != managerId)
            {
                if (!region.IsActive)
                {
                    report.Error(row.Line, "manager_email", MasterDataMessages.RegionInactive);
                    continue;
                }

                var old = region.ManagerId;
                if (managerId is { } m)
                {
                    region.AssignManager(m);
                }
                else
                {
                    region.RemoveMember(old!.Value);
                }

                audit.Change(nameof(Region), code, "Manager", await NameOfAsync(db, names, old, cancellationToken), MasterDataService.Name(names, managerId));
                changed = true;
            }

            if (active == false && region.IsActive)
            {
                region.Deactivate();
                audit.Record(nameof(Region), code, "Deactivated", "IsActive", "true", "false");
                changed = true;
            }

            if (changed)
            {
                db.Entry(region).State = EntityState.Modified;
            }

            report.Lines.Add(new ImportLine(row.Line, code, changed ? ImportAction.Update : ImportAction.Unchanged));
        }
    }

    private static async Task ImportProductsAsync(
        ISalesPlanningDb db, MasterDataAudit audit, Report report,
        List<CsvRow> lines, CancellationToken cancellationToken)
    {
        var products = await db.Products.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var productLines = await db.ProductLines.ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var row in lines)
        {
            var lineCode = row["product_line_code"].ToUpperInvariant();
            var line = productLines.GetValueOrDefault(lineCode);
            if (lineCode.Length == 0)
            {
                report.Error(row.Line, "product_line_code", MasterDataMessages.LineRequired);
            }
            else if (line is null)
            {
                report.Error(row.Line, "product_line_code", MasterDataMessages.LineUnknown);
            }

            var request = new SaveProduct(null, row["code"], row["name_zh"], row["name_en"], row["unit"], line?.Id ?? Guid.Empty);
            if (!report.Validate(row.Line, new SaveProductValidator(), request, Columns.Product) || report.HasErrorOn(row.Line) || line is null)
            {
                continue;
            }

            var code = request.Code.ToUpperInvariant();
            var active = row.Has("active") ? ParseFlag(row["active"]) ?? true : (bool?)null;
            if (!products.TryGetValue(code, out var product))
            {
                if (!line.IsActive)
                {
                    report.Error(row.Line, "product_line_code", MasterDataMessages.LineInactive);
                    continue;
                }

                product = Domain.Organisation.Product.Create(code, request.NameZh, request.NameEn, request.Unit, line);
                if (active == false)
                {
                    product.Deactivate();
                }

                db.Products.Add(product);
                audit.Record(nameof(Product), product.Code, "Created", null, null, $"{product.NameZh} / {product.NameEn}; {product.Unit}; {line.Code}");
                report.Lines.Add(new ImportLine(row.Line, code, ImportAction.Create));
                continue;
            }

            if (product.ProductLineId != line.Id && !line.IsActive)
            {
                report.Error(row.Line, "product_line_code", MasterDataMessages.LineInactive);
                continue;
            }

            var before = db.Entry(product).Properties.Select(p => p.CurrentValue).ToList();
            MasterDataService.ApplyProductChanges(db, audit, product, request, line);
            if (active is { } wanted && wanted != product.IsActive)
            {
                if (wanted)
                {
                    product.Activate();
                }
                else
                {
                    product.Deactivate();
                }

                audit.Record(nameof(Product), code, wanted ? "Reactivated" : "Deactivated", "IsActive", MasterDataAudit.Flag(!wanted), MasterDataAudit.Flag(wanted));
            }

            var after = db.Entry(product).Properties.Select(p => p.CurrentValue).ToList();
            report.Lines.Add(new ImportLine(row.Line, code, before.SequenceEqual(after) ? ImportAction.Unchanged : ImportAction.Update));
        }
    }

    private static async Task<string> NameOfAsync(ISalesPlanningDb db, Dictionary<Guid, string> names, Guid? userId, CancellationToken cancellationToken)
    {
        if (userId is { } id && !names.ContainsKey(id))
        {
            names[id] = await db.Users.Where(u => u.Id == id).Select(u => u.Email ?? u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? id.ToString();
        }

        return MasterDataService.Name(names, userId);
    }

    private static Result<ImportReport> Finish(Report report, bool commit) =>
        commit && !report.IsValid
            ? Result<ImportReport>.Invalid(report.Errors
                .GroupBy(e => $"line {e.LineNumber.ToString(CultureInfo.InvariantCulture)}")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray()))
            : Result<ImportReport>.Ok(report.ToReport(committed: false));

    private static string Flag(bool value) => MasterDataAudit.Flag(value);

    /// <summary>true/false, 1/0, yes/no, 是/否; blank means active.</summary>
    internal static bool? ParseFlag(string value) => value.Trim().ToUpperInvariant() switch
    {
        "" or "TRUE" or "1" or "YES" or "Y" or "是" or "启用" => true,
        "FALSE" or "0" or "NO" or "N" or "否" or "停用" => false,
        _ => null,
    };

    /// <summary>CSV columns of request fields, so an error points at the column the user typed.</summary>
    private static class Columns
    {
        public static readonly IReadOnlyDictionary<string, string> Region = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [nameof(SaveRegion.Code)] = "code",
            [nameof(SaveRegion.Name)] = "name",
            [nameof(SaveRegion.ManagerId)] = "manager_email",
        };

        public static readonly IReadOnlyDictionary<string, string> Product = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [nameof(SaveProduct.Code)] = "code",
            [nameof(SaveProduct.NameZh)] = "name_zh",
            [nameof(SaveProduct.NameEn)] = "name_en",
            [nameof(SaveProduct.Unit)] = "unit",
            [nameof(SaveProduct.ProductLineId)] = "product_line_code",
        };
    }

    private sealed class Report(MasterDataKind kind)
    {
        public List<ImportLine> Lines { get; } = [];
        public List<MasterCsvLineError> Errors { get; } = [];
        public bool IsValid => Errors.Count == 0;

        public void Error(int line, string? column, string message) => Errors.Add(new MasterCsvLineError(line, column, message));

        public bool HasErrorOn(int line) => Errors.Exists(e => e.LineNumber == line);

        public bool Validate<T>(int line, IValidator<T> validator, T request, IReadOnlyDictionary<string, string> columns)
        {
            var result = validator.Validate(request);
            foreach (var failure in result.Errors)
            {
                // The product line is reported once, from its code.
                if (failure.PropertyName == nameof(SaveProduct.ProductLineId) && HasErrorOn(line))
                {
                    continue;
                }

                Error(line, columns.GetValueOrDefault(failure.PropertyName, failure.PropertyName), failure.ErrorMessage);
            }

            return result.IsValid;
        }

        public ImportReport ToReport(bool committed) =>
            new(kind, committed, Lines.OrderBy(l => l.LineNumber).ToList(), Errors.OrderBy(e => e.LineNumber).ToList());
    }
}
