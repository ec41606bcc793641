using System.Text;
using SalesPlanning.Application.Csv;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Application.Settings;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Web.Api;

/// <summary>
/// /api/v1 master data and settings: the same operations, rules and access checks as the admin
/// pages, because both call <see cref="MasterDataQueries"/>, <see cref="MasterDataService"/>,
/// <see cref="MasterDataImportService"/>, <see cref="MasterDataExportService"/> and <see cref="SettingsService"/>.
/// Reads for signed-in users; changes for admins (403 otherwise).
/// </summary>
internal static class MasterDataEndpoints
{
    public sealed record RegionBody(string Code, string Name, Guid? ManagerId = null, uint Version = 0);

    public sealed record ProductLineBody(string Code, string NameZh, string NameEn, uint Version = 0);

    public sealed record ProductBody(string Code, string NameZh, string NameEn, string Unit, Guid ProductLineId, uint Version = 0);

    public sealed record SegmentBody(string Code, string NameZh, string NameEn, SegmentKind Kind, uint Version = 0);

    private const string CsvType = "text/csv";

    public static void MapMasterDataEndpoints(this RouteGroupBuilder api)
    {
        var regions = api.MapGroup("/regions").WithTags("Master data").RequireAuthorization();
        regions.MapGet("/", async (Caller caller, MasterDataQueries service, CancellationToken ct) =>
                (await service.ListRegionsAsync(caller, ct)).ToHttp())
            .WithSummary("Regions with their manager, inactive ones included (directors and admins all; others their own).");
        regions.MapPost("/", async (RegionBody body, Caller caller, MasterDataService service, CancellationToken ct) =>
                (await service.SaveRegionAsync(caller, new SaveRegion(null, body.Code, body.Name, body.ManagerId), ct)).ToHttp(id => new IdAnswer(id)))
            .WithSummary("Create a region (admins).");
        regions.MapPut("/{id:guid}", async (Guid id, RegionBody body, Caller caller, MasterDataService service, CancellationToken ct) =>
                (await service.SaveRegionAsync(caller, new SaveRegion(id, body.Code, body.Name, body.ManagerId, body.Version), ct)).ToHttp(id => new IdAnswer(id)))
            .WithSummary("Rename a region or change its manager (admins). Send the version you read; 409 if it changed.");
        MapLifecycle(regions, MasterDataKind.Region);
        MapCsv(regions, MasterDataKind.Region);

        var lines = api.MapGroup("/product-lines").WithTags("Master data").RequireAuthorization();
        lines.MapGet("/", async (MasterDataQueries service, CancellationToken ct) => TypedResults.Ok(await service.ListProductLinesAsync(ct)))
            .WithSummary("Product lines, inactive ones included.");
        lines.MapPost("/", async (ProductLineBody body, Caller caller, MasterDataService service, CancellationToken ct) =>
                (await service.SaveProductLineAsync(caller, new SaveProductLine(null, body.Code, body.NameZh, body.NameEn), ct)).ToHttp(id => new IdAnswer(id)))
            .WithSummary("Create a product line (admins).");
        lines.MapPut("/{id:guid}", async (Guid id, ProductLineBody body, Caller caller, MasterDataService service, CancellationToken ct) =>
                (await service.SaveProductLineAsync(caller, new SaveProductLine(id, body.Code, body.NameZh, body.NameEn, body.Version), ct)).ToHttp(id => new IdAnswer(id)))
            .WithSummary("Rename a product line (admins).");
        MapLifecycle(lines, MasterDataKind.ProductLine);
        MapCsv(lines, MasterDataKind.ProductLine);

        var products = api.MapGroup("/products").WithTags("Master data").RequireAuthorization();
        products.MapGet("/", async (MasterDataQueries service, CancellationToken ct) => TypedResults.Ok(await service.ListProductsAsync(ct)))
            .WithSummary("Products, inactive ones included.");
        products.MapPost("/", async (ProductBody body, Caller caller, MasterDataService service, CancellationToken ct) =>
                (await service.SaveProductAsync(caller, new SaveProduct(null, body.Code, body.NameZh, body.NameEn, body.Unit, body.ProductLineId), ct)).ToHttp(id => new IdAnswer(id)))
            .WithSummary("Create a product (admins).");
        products.MapPut("/{id:guid}", async (Guid id, ProductBody body, Caller caller, MasterDataService service, CancellationToken ct) =>
                (await service.SaveProductAsync(caller, new SaveProduct(id, body.Code, body.NameZh, body.NameEn, body.Unit, body.ProductLineId, body.Version), ct)).ToHttp(id => new IdAnswer(id)))
            .WithSummary("Change a product's names, unit or line (admins).");
        MapLifecycle(products, MasterDataKind.Product);
        MapCsv(products, MasterDataKind.Product);

        var segments = api.MapGroup("/segments").WithTags("Master data").RequireAuthorization();
        segments.MapGet("/", async (MasterDataQueries service, CancellationToken ct) => TypedResults.Ok(await service.ListSegmentsAsync(ct)))
            .WithSummary("Customer segments, inactive ones included.");
        segments.MapPost("/", async (SegmentBody body, Caller caller, MasterDataService service, CancellationToken ct) =>
                (await service.SaveSegmentAsync(caller, new SaveSegment(null, body.Code, body.NameZh, body.NameEn, body.Kind), ct)).ToHttp(id => new IdAnswer(id)))
            .WithSummary("Create a customer segment (admins).");
        segments.MapPut("/{id:guid}", async (Guid id, SegmentBody body, Caller caller, MasterDataService service, CancellationToken ct) =>
                (await service.SaveSegmentAsync(caller, new SaveSegment(id, body.Code, body.NameZh, body.NameEn, body.Kind, body.Version), ct)).ToHttp(id => new IdAnswer(id)))
            .WithSummary("Rename a customer segment or change its kind (admins).");
        MapLifecycle(segments, MasterDataKind.CustomerSegment);
        MapCsv(segments, MasterDataKind.CustomerSegment);

        var settings = api.MapGroup("/settings").WithTags("Settings").RequireAuthorization();
        settings.MapGet("/", async (SettingsService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(ct)))
            .WithSummary("The company's settings (defaults until an admin saves them). Rates and the KPI cap are percentages.");
        settings.MapPut("/", async (SettingsView body, Caller caller, SettingsService service, CancellationToken ct) =>
                (await service.SaveAsync(caller, body, ct)).ToHttp(version => new VersionAnswer(version)))
            .WithSummary("Save the company's settings (admins). Send the version you read (0 before the first save); 409 if it changed.");
    }

    private static void MapLifecycle(RouteGroupBuilder group, MasterDataKind kind)
    {
        group.MapPost("/{id:guid}/deactivate", async (Guid id, Caller caller, MasterDataService service, CancellationToken ct) =>
                (await service.SetActiveAsync(caller, kind, id, active: false, ct)).ToHttp(id => new IdAnswer(id)))
            .WithSummary("Deactivate (admins): kept in history, hidden from pickers for new work.");
        group.MapPost("/{id:guid}/reactivate", async (Guid id, Caller caller, MasterDataService service, CancellationToken ct) =>
                (await service.SetActiveAsync(caller, kind, id, active: true, ct)).ToHttp(id => new IdAnswer(id)))
            .WithSummary("Reactivate (admins).");
        group.MapDelete("/{id:guid}", async (Guid id, Caller caller, MasterDataService service, CancellationToken ct) =>
                (await service.DeleteAsync(caller, kind, id, ct)).ToHttp(id => new IdAnswer(id)))
            .WithSummary("Delete what was never used (admins); anything used is refused with 400: deactivate it instead.");
    }

    private static void MapCsv(RouteGroupBuilder group, MasterDataKind kind)
    {
        group.MapGet("/export", async (Caller caller, MasterDataExportService service, CancellationToken ct) =>
                (await service.ExportAsync(caller, kind, ct)).ToHttpAs(csv =>
                    TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), $"{CsvType}; charset=utf-8", FileName(kind))))
            .Produces<Stream>(StatusCodes.Status200OK, $"{CsvType}; charset=utf-8")
            .WithSummary("The list as CSV (UTF-8 with BOM; headers in docs/csv-formats.md). Directors and admins.");
        if (!MasterDataImportService.CanImport(kind))
        {
            return;
        }

        group.MapPost("/import", async (bool? dryRun, HttpContext http, Caller caller, MasterDataImportService service, CancellationToken ct) =>
            {
                var text = await ReadBodyAsync(http.Request, ct);
                if (text is null)
                {
                    return ApiResults.BadRequest("", MasterDataImportService.TooLarge);
                }

                var result = dryRun == true
                    ? await service.PreviewAsync(caller, kind, text, ct)
                    : await service.CommitAsync(caller, kind, text, ct);
                return result.ToHttpWithMessages();
            })
            .Accepts<string>(CsvType)
            .WithSummary("Import a CSV file (body text/csv, admins). ?dryRun=true previews; otherwise all lines are imported or none (400 with an error per line, keyed \"line N\").");
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MasterDataImportService.MaxChars + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(total), ct)) > 0)
        {
            total += read;
        }

        return total > MasterDataImportService.MaxChars ? null : new string(buffer, 0, total);
    }

    private static string FileName(MasterDataKind kind) => kind switch
    {
        MasterDataKind.Region => "regions.csv",
        MasterDataKind.ProductLine => "product-lines.csv",
        MasterDataKind.Product => "products.csv",
        _ => "segments.csv",
    };
}
