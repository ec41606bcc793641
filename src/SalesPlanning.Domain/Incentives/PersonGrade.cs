using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Incentives;

/// <summary>
/// A person's grade from a month on (null: out of the incentive scheme from then). A month uses the
/// latest start at or before it. Setting a grade for a month again replaces that month's row.
/// </summary>
public sealed class PersonGrade
{
    private PersonGrade(Guid userId, int fromKey)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        FromKey = fromKey;
    }

    // For EF Core.
    private PersonGrade()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public int FromKey { get; private set; }

    public Period From => Period.FromKey(FromKey);

    public Grade? Grade { get; private set; }

    public Guid SetBy { get; private set; }

    public DateTimeOffset SetAt { get; private set; }

    public uint Version { get; private set; }

    public static PersonGrade Start(Guid userId, Period from, Grade? grade, Guid setBy, DateTimeOffset setAt)
    {
        ArgumentNullException.ThrowIfNull(from);
        var row = new PersonGrade(userId, from.Key);
        row.Set(grade, setBy, setAt);
        return row;
    }

    public void Set(Grade? grade, Guid setBy, DateTimeOffset setAt)
    {
        if (grade is { } g && !Enum.IsDefined(g))
        {
            throw new DomainException($"{g} is not a grade.");
        }

        Grade = grade;
        SetBy = setBy;
        SetAt = setAt;
    }

    /// <summary>Each person's grade in a month, from all their rows: the latest start at or before it (people out of the scheme left out).</summary>
    public static IReadOnlyDictionary<Guid, Grade> InForce(IEnumerable<PersonGrade> rows, Period period)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(period);
        return rows.Where(r => r.FromKey <= period.Key)
            .GroupBy(r => r.UserId)
            .Select(g => g.MaxBy(r => r.FromKey)!)
            .Where(r => r.Grade is not null)
            .ToDictionary(r => r.UserId, r => r.Grade!.Value);
    }
}
