using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Csv;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.Application.Progress;

/// <summary>A row of the history file that can be imported.</summary>
public sealed record HistoryImportRow(
    int Line, Period Period, string RepEmail, string RegionCode, string ProductCode, decimal SalesAmount, long SalesVolume, decimal Collections,
    bool Replaces);

/// <summary>What is wrong with a line: the column ("" for the whole line) and a message key.</summary>
public sealed record HistoryImportError(int Line, string Column, string Message);

/// <summary>What an import would do: the good rows, and every problem by line. Nothing is imported while any problem remains.</summary>
public sealed record HistoryImportPreview(IReadOnlyList<HistoryImportRow> Rows, IReadOnlyList<HistoryImportError> Errors)
{
    public bool CanImport => Errors.Count == 0 && Rows.Count > 0;
}

/// <summary>How many rows were added and how many replaced an earlier import of the same month, rep and product.</summary>
public sealed record HistoryImportOutcome(int Added, int Replaced);

/// <summary>
/// Admins import past monthly actuals per rep and product from CSV (docs/csv-formats-history.md),
/// read by <see cref="CsvReader"/>.
/// All or nothing: any bad row stops the whole file, with every problem reported by line number.
/// Importing a month for a rep and product again replaces it.
/// </summary>
public sealed class HistoryImportService(
    ISalesPlanningDbFactory contexts,
    TimeProvider time,
    ILogger<HistoryImportService> logger)
{
    public static readonly IReadOnlyList<string> Header =
        ["period", "rep_email", "region_code", "product_code", "sales_amount", "sales_volume", "collections"];

    private static readonly CsvLayout Layout = CsvLayout.InOrderOf(Header);

    /// <summary>Largest file accepted (characters).</summary>
    public const int MaxLength = 20_000_000;

    /// <summary>Most data rows in one file.</summary>
    public const int MaxRows = 200_000;

    public const string HeaderWrong = "Progress_ImportHeader";
    public const string Empty = "Progress_ImportEmpty";
    public const string TooBig = "Progress_ImportTooBig";
    public const string QuoteOpen = "Progress_ImportQuote";
    public const string FieldCount = "Progress_ImportFieldCount";
    public const string BadPeriod = "Progress_ImportPeriod";
    public const string UnknownRep = "Progress_ImportUnknownRep";
    public const string UnknownRegion = "Progress_ImportUnknownRegion";
    public const string UnknownProduct = "Progress_ImportUnknownProduct";
    public const string BadMoney = "Progress_ImportMoney";
    public const string BadVolume = "Progress_ImportVolume";
    public const string Duplicate = "Progress_ImportDuplicate";

    public async Task<Result<HistoryImportPreview>> PreviewAsync(Actor actor, string csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            return Result<HistoryImportPreview>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checkedFile = await CheckAsync(db, csv ?? "", cancellationToken);
        return Result<HistoryImportPreview>.Ok(checkedFile.Preview);
    }

    public async Task<Result<HistoryImportOutcome>> ImportAsync(Actor actor, string csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            return Result<HistoryImportOutcome>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checkedFile = await CheckAsync(db, csv ?? "", cancellationToken);
        var preview = checkedFile.Preview;
        if (!preview.CanImport)
        {
            var errors = preview.Errors.Count == 0 ? [new HistoryImportError(0, "", Empty)] : preview.Errors;
            return Result<HistoryImportOutcome>.Invalid(errors
                .GroupBy(e => e.Line == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"line {e.Line}"))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray()));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var periods = checkedFile.Resolved.Select(r => r.Row.Period.Key).Distinct().ToList();
        var reps = checkedFile.Resolved.Select(r => r.RepId).Distinct().ToList();
        var existing = await db.MonthlyActuals.Where(a => periods.Contains(a.PeriodKey) && reps.Contains(a.RepId)).ToListAsync(cancellationToken);
        var byKey = existing.ToDictionary(a => (a.PeriodKey, a.RepId, a.ProductId));
        var replaced = 0;
        foreach (var (row, repId, regionId, productId) in checkedFile.Resolved)
        {
            if (byKey.TryGetValue((row.Period.Key, repId, productId), out var old))
            {
                db.MonthlyActuals.Remove(old);
                replaced++;
            }
        }

        // Deletes go first, so that the unique index on month, rep and product holds.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (row, repId, regionId, productId) in checkedFile.Resolved)
        {
            db.MonthlyActuals.Add(MonthlyActual.Create(row.Period, regionId, repId, productId, row.SalesAmount, row.SalesVolume, row.Collections));
        }

        db.Audit(actor, time.GetUtcNow(), "MonthlyActual", "history-import", "Imported",
            "Rows", null, checkedFile.Resolved.Count.ToString(CultureInfo.InvariantCulture),
            string.Join(", ", periods.Order().Select(p => Period.FromKey(p).ToString())));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("History imported by {UserId}: {Rows} rows, {Replaced} replaced", actor.UserId, checkedFile.Resolved.Count, replaced);
        return Result<HistoryImportOutcome>.Ok(new HistoryImportOutcome(checkedFile.Resolved.Count - replaced, replaced));
    }

    private sealed record Resolved(HistoryImportRow Row, Guid RepId, Guid RegionId, Guid ProductId);

    private sealed record CheckedFile(HistoryImportPreview Preview, IReadOnlyList<Resolved> Resolved);

    private static async Task<CheckedFile> CheckAsync(ISalesPlanningDb db, string csv, CancellationToken cancellationToken)
    {
        var errors = new List<HistoryImportError>();
        if (csv.Length > MaxLength)
        {
            return Failed(new HistoryImportError(0, "", TooBig));
        }

        var file = CsvReader.Read(csv, Layout, MaxRows);
        foreach (var error in file.Errors)
        {
            switch (error.Message)
            {
                case CsvMessages.Empty:
                    return Failed(new HistoryImportError(0, "", Empty));
                case CsvMessages.HeaderNotAsExpected:
                    return Failed(new HistoryImportError(error.Line, "", HeaderWrong));
                case CsvMessages.TooManyRows:
                    return Failed(new HistoryImportError(0, "", TooBig));
                case CsvMessages.UnclosedQuote:
                    errors.Add(new HistoryImportError(error.Line, "", QuoteOpen));
                    break;
                case CsvMessages.FieldCount:
                    errors.Add(new HistoryImportError(error.Line, "", FieldCount));
                    break;
                default:
                    // Text after a closing quote: the reader's own message.
                    errors.Add(new HistoryImportError(error.Line, "", error.Message));
                    break;
            }
        }

        var users = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail != null)
            .Select(u => new { u.NormalizedEmail, u.Id }).ToDictionaryAsync(u => u.NormalizedEmail!, u => u.Id, cancellationToken);
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Code, r.Id }).ToDictionaryAsync(r => r.Code, r => r.Id, cancellationToken);
        var products = await db.Products.AsNoTracking().Select(p => new { p.Code, p.Id }).ToDictionaryAsync(p => p.Code, p => p.Id, cancellationToken);

        var good = new List<Resolved>();
        var seen = new HashSet<(int, Guid, Guid)>();
        foreach (var row in file.Rows)
        {
            var line = row.Line;
            var f = Header.Select(column => row[column]).ToArray();
            var lineErrors = new List<HistoryImportError>();
            if (!Period.TryParse(f[0], out var period))
            {
                lineErrors.Add(new HistoryImportError(line, Header[0], BadPeriod));
            }

            var repId = users.TryGetValue(f[1].ToUpperInvariant(), out var r) ? r : (Guid?)null;
            if (repId is null)
            {
                lineErrors.Add(new HistoryImportError(line, Header[1], UnknownRep));
            }

            var regionId = regions.TryGetValue(f[2].ToUpperInvariant(), out var g) ? g : (Guid?)null;
            if (regionId is null)
            {
                lineErrors.Add(new HistoryImportError(line, Header[2], UnknownRegion));
            }

            var productId = products.TryGetValue(f[3].ToUpperInvariant(), out var p) ? p : (Guid?)null;
            if (productId is null)
            {
                lineErrors.Add(new HistoryImportError(line, Header[3], UnknownProduct));
            }

            var amount = MoneyValue(f[4]);
            if (amount is null)
            {
                lineErrors.Add(new HistoryImportError(line, Header[4], BadMoney));
            }

            var volume = long.TryParse(f[5], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v <= WeeklyFigures.MaxVolume * 10 ? v : (long?)null;
            if (volume is null)
            {
                lineErrors.Add(new HistoryImportError(line, Header[5], BadVolume));
            }

            var collections = MoneyValue(f[6]);
            if (collections is null)
            {
                lineErrors.Add(new HistoryImportError(line, Header[6], BadMoney));
            }

            if (lineErrors.Count > 0)
            {
                errors.AddRange(lineErrors);
                continue;
            }

            var key = (period!.Key, repId!.Value, productId!.Value);
            if (!seen.Add(key))
            {
                errors.Add(new HistoryImportError(line, "", Duplicate));
                continue;
            }

            good.Add(new Resolved(
                new HistoryImportRow(line, period, f[1], f[2].ToUpperInvariant(), f[3].ToUpperInvariant(), amount!.Value, volume!.Value, collections!.Value, false),
                repId.Value, regionId!.Value, productId.Value));
        }

        if (good.Count > 0)
        {
            var periods = good.Select(x => x.Row.Period.Key).Distinct().ToList();
            var reps = good.Select(x => x.RepId).Distinct().ToList();
            var existing = (await db.MonthlyActuals.AsNoTracking().Where(a => periods.Contains(a.PeriodKey) && reps.Contains(a.RepId))
                .Select(a => new { a.PeriodKey, a.RepId, a.ProductId }).ToListAsync(cancellationToken))
                .Select(a => (a.PeriodKey, a.RepId, a.ProductId)).ToHashSet();
            good = good.Select(x => existing.Contains((x.Row.Period.Key, x.RepId, x.ProductId)) ? x with { Row = x.Row with { Replaces = true } } : x).ToList();
        }

        return new CheckedFile(new HistoryImportPreview(good.Select(x => x.Row).ToList(), errors.OrderBy(e => e.Line).ToList()), good);

        static CheckedFile Failed(HistoryImportError error) => new(new HistoryImportPreview([], [error]), []);
    }

    private static decimal? MoneyValue(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && decimal.Round(value, Money.DecimalPlaces) == value && value <= Money.MaxValue
            ? value
            : null;
}
