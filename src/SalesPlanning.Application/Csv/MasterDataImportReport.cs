using FluentValidation;
using SalesPlanning.Application.Organisation;

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

/// <summary>An import's report as it is built, line by line.</summary>
internal sealed class ImportReportBuilder(MasterDataKind kind)
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
