using System.Globalization;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Organisation;

/// <summary>
/// One broken rule of a region, product line, product or customer segment, as <see cref="Plans.PlanProblem"/>
/// codes plan rules: the property it concerns (<c>Code</c>, <c>Name</c>, <c>NameZh</c>, <c>NameEn</c>, <c>Unit</c>,
/// <c>Kind</c>, <c>ProductLineId</c>, <c>ManagerId</c>, <c>RepIds</c>, <c>Members</c>; "" for the item as a
/// whole), a stable <see cref="Code"/> (<see cref="OrganisationRules"/>) that callers turn into a message in the
/// user's language, and the values that message may name (invariant text).
/// </summary>
public sealed record OrganisationProblem(string Field, string Code, IReadOnlyList<string> Args)
{
    public OrganisationProblem(string field, string code)
        : this(field, code, [])
    {
    }

    public override string ToString() => Args.Count == 0 ? $"{Field}: {Code}" : $"{Field}: {Code} ({string.Join(", ", Args)})";
}

/// <summary>Stable codes of <see cref="OrganisationProblem"/>: the one place the organisation's rules are named.</summary>
public static class OrganisationRules
{
    /// <summary>A code, name or unit is blank.</summary>
    public const string Required = "Required";

    /// <summary>A code, name or unit is longer than its limit (args: the limit, the length).</summary>
    public const string TooLong = "TooLong";

    /// <summary>A customer segment's kind is not one of <see cref="SegmentKind"/> (arg: the value).</summary>
    public const string KindUnknown = "KindUnknown";

    /// <summary>The item is already active (arg: its code).</summary>
    public const string AlreadyActive = "AlreadyActive";

    /// <summary>The item is already inactive (arg: its code).</summary>
    public const string AlreadyInactive = "AlreadyInactive";

    /// <summary>A product is put in an inactive product line (arg: the line's code).</summary>
    public const string LineInactive = "LineInactive";

    /// <summary>People are added to an inactive region, or its manager changed (arg: the region's code).</summary>
    public const string RegionInactive = "RegionInactive";

    /// <summary>No user was given (an empty id).</summary>
    public const string UserRequired = "UserRequired";

    /// <summary>The user already manages the region (arg: the region's code).</summary>
    public const string AlreadyManager = "AlreadyManager";

    /// <summary>The user is already a rep of the region (arg: the region's code).</summary>
    public const string AlreadyRep = "AlreadyRep";

    /// <summary>The region's manager cannot also be one of its reps (arg: the region's code).</summary>
    public const string ManagerCannotBeRep = "ManagerCannotBeRep";

    /// <summary>The user is not a member of the region (arg: the region's code).</summary>
    public const string NotAMember = "NotAMember";

    /// <summary>
    /// The rule a short text (code, name, unit) breaks, null when it keeps them: not blank, at most
    /// <paramref name="maxLength"/> characters once trimmed. Validators ask this instead of copying it.
    /// </summary>
    public static string? TextProblem(string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? Required : trimmed.Length > maxLength ? TooLong : null;
    }
}

/// <summary>An organisation rule was broken; <see cref="Problems"/> lists every one, by field, as a code.</summary>
public sealed class OrganisationRulesException : DomainException
{
    public OrganisationRulesException(IReadOnlyList<OrganisationProblem> problems)
        : base(string.Join(" ", (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => $"{p}.")))
    {
        Problems = problems;
    }

    public OrganisationRulesException(OrganisationProblem problem)
        : this([problem])
    {
    }

    public IReadOnlyList<OrganisationProblem> Problems { get; }
}

/// <summary>Collects the problems of one change, so that all of them are reported at once.</summary>
internal sealed class OrganisationChecks
{
    private readonly List<OrganisationProblem> _problems = [];

    /// <summary>The text trimmed; a <see cref="OrganisationRules.Required"/> or <see cref="OrganisationRules.TooLong"/> problem when it breaks its rule.</summary>
    public string Text(string? value, int maxLength, string field)
    {
        var trimmed = value?.Trim() ?? "";
        switch (OrganisationRules.TextProblem(value, maxLength))
        {
            case OrganisationRules.Required:
                _problems.Add(new OrganisationProblem(field, OrganisationRules.Required));
                break;
            case OrganisationRules.TooLong:
                _problems.Add(new OrganisationProblem(field, OrganisationRules.TooLong,
                    [maxLength.ToString(CultureInfo.InvariantCulture), trimmed.Length.ToString(CultureInfo.InvariantCulture)]));
                break;
        }

        return trimmed;
    }

    /// <summary>A required code: trimmed, upper-cased, at most <see cref="TextLimits.Code"/> characters.</summary>
    public string Code(string? value) => Text(value, TextLimits.Code, "Code").ToUpperInvariant();

    public SegmentKind Kind(SegmentKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            _problems.Add(new OrganisationProblem("Kind", OrganisationRules.KindUnknown, [((int)kind).ToString(CultureInfo.InvariantCulture)]));
        }

        return kind;
    }

    public void ActiveLine(ProductLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.IsActive)
        {
            _problems.Add(new OrganisationProblem(nameof(Product.ProductLineId), OrganisationRules.LineInactive, [line.Code]));
        }
    }

    /// <summary>An item's two names (Chinese, English), each checked by the name rule; the problems of both thrown at once.</summary>
    public static (string Zh, string En) Names(string? nameZh, string? nameEn)
    {
        var checks = new OrganisationChecks();
        var names = (checks.Text(nameZh, TextLimits.Name, "NameZh"), checks.Text(nameEn, TextLimits.Name, "NameEn"));
        checks.ThrowIfAny();
        return names;
    }

    /// <summary>Throws every problem found, if any.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new OrganisationRulesException(_problems.ToList());
        }
    }

    /// <summary>Refuses to (de)activate an item that already is: <see cref="OrganisationRules.AlreadyActive"/> or <see cref="OrganisationRules.AlreadyInactive"/>.</summary>
    public static void EnsureNotAlready(bool isActive, bool wanted, string code)
    {
        if (isActive == wanted)
        {
            throw new OrganisationRulesException(new OrganisationProblem("", wanted ? OrganisationRules.AlreadyActive : OrganisationRules.AlreadyInactive, [code]));
        }
    }
}
