using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Progress;

/// <summary>A week's entry broke one or more rules; every problem is listed, by field.</summary>
public sealed class ProgressRulesException : DomainException
{
    public ProgressRulesException(IReadOnlyList<(string Field, string Message)> problems)
        : base(string.Join(" ", problems.Select(p => p.Message)))
    {
        Problems = problems;
    }

    public ProgressRulesException()
        : this([])
    {
    }

    public ProgressRulesException(string message)
        : this([("", message)])
    {
    }

    public ProgressRulesException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [("", message)];
    }

    public IReadOnlyList<(string Field, string Message)> Problems { get; }
}
