using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Csv;

/// <summary>
/// CSV export of regions, product lines, products and segments (directors and admins), in the layout the
/// import reads (<see cref="MasterDataImportService.HeaderOf"/>, docs/csv-formats.md), written by <see cref="CsvWriter"/>.
/// </summary>
public sealed class MasterDataExportService(ISalesPlanningDbFactory contexts)
{
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
        return Result<string>.Ok(CsvWriter.Write(MasterDataImportService.HeaderOf(kind), rows));
    }

    private static string Flag(bool value) => MasterDataAudit.Flag(value);
}
