using System.Collections.ObjectModel;
using System.Globalization;
using System.Numerics;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Targets;

/// <summary>
/// The split helpers of a breakdown: evenly, by weights (last month's or the same month last
/// year's actuals), by percentages, or like last month's split. Pure functions on decimals, with
/// exact integer arithmetic inside; no floating point.
/// </summary>
/// <remarks>
/// <para>
/// Every split rounds to <c>decimals</c> places (2 for money, 0 for volume; see
/// <see cref="MetricRules.Decimals"/>) and the shares always sum to the total exactly. Each share
/// is first rounded down; the rounding remainder is then handed out one unit (a cent or a piece)
/// at a time to the shares that rounding cut the most, larger shares first when that is equal,
/// then in member order. So 100.00 three ways is 33.34 / 33.33 / 33.33 and 1 unit across four
/// reps is 1 / 0 / 0 / 0, no share ever goes negative, a member with zero weight gets 0, and every
/// share is within one unit of its exact proportion.
/// </para>
/// <para>
/// "Member order" is the order of the list, or the enumeration order of the dictionary, passed in:
/// pass members in the order the user sees them so that ties fall on the first row.
/// </para>
/// </remarks>
public static class Splitter
{
    /// <summary>The most decimal places a split can round to.</summary>
    public const int MaxDecimals = 6;

    /// <summary>Equal shares for every member; the remainder on the first rows.</summary>
    public static IReadOnlyDictionary<Guid, decimal> Evenly(decimal total, IReadOnlyList<Guid> members, int decimals)
    {
        ArgumentNullException.ThrowIfNull(members);
        EnsureMembers(members);
        var shares = Split(total, members.Select(_ => 1m).ToList(), decimals);
        return Zip(members, shares);
    }

    /// <summary>
    /// Shares in proportion to <paramref name="weights"/>, e.g. each member's actuals last month
    /// or in the same month last year. A member with weight 0 gets 0; when every weight is 0 (no
    /// history yet) the total is split evenly. Negative weights are refused.
    /// </summary>
    public static IReadOnlyDictionary<Guid, decimal> ByWeights(
        decimal total, IReadOnlyDictionary<Guid, decimal> weights, int decimals)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var members = weights.Keys.ToList();
        EnsureMembers(members);
        var negative = weights.Where(w => w.Value < 0).Select(w => w.Key).ToList();
        if (negative.Count > 0)
        {
            throw new TargetRulesException([new TargetProblem("", TargetRules.NegativeWeight, [.. negative.Select(m => m.ToString())],
                $"A split cannot be weighted by a negative figure; {string.Join(", ", negative)} "
                + (negative.Count == 1 ? "has one." : "have one."))]);
        }

        var values = members.Select(m => weights[m]).ToList();
        if (values.All(w => w == 0))
        {
            values = members.Select(_ => 1m).ToList();
        }

        return Zip(members, Split(total, values, decimals));
    }

    /// <summary>
    /// Copies last month's split onto this month's total: the shares keep the proportions of
    /// <paramref name="lastMonthAllocations"/> (this is <see cref="ByWeights"/> with last month's
    /// allocations as the weights). Leave out members who may no longer receive an allocation.
    /// </summary>
    public static IReadOnlyDictionary<Guid, decimal> Copy(
        decimal total, IReadOnlyDictionary<Guid, decimal> lastMonthAllocations, int decimals) =>
        ByWeights(total, lastMonthAllocations, decimals);

    /// <summary>
    /// Amounts for percentages of the total (each 0 to 100, together at most 100). When they add up
    /// to exactly 100 the amounts sum to the total exactly; when they add up to less, the rest of
    /// the total stays unallocated (and is not given to anyone).
    /// </summary>
    public static IReadOnlyDictionary<Guid, decimal> FromPercentages(
        decimal total, IReadOnlyDictionary<Guid, decimal> percentages, int decimals)
    {
        ArgumentNullException.ThrowIfNull(percentages);
        var members = percentages.Keys.ToList();
        EnsureMembers(members);
        var problems = new List<string>();
        foreach (var (member, percent) in percentages)
        {
            if (percent is < 0 or > 100)
            {
                problems.Add($"The percentage for {member} must be between 0 and 100; it is {Text(percent)}.");
            }
        }

        var sum = percentages.Values.Sum();
        if (problems.Count == 0 && sum > 100)
        {
            problems.Add($"The percentages add up to {Text(sum)}%; at most 100% can be allocated.");
        }

        if (problems.Count > 0)
        {
            throw new TargetRulesException(problems);
        }

        // The unallocated rest takes part in the rounding as one more (last) member, then is dropped.
        var weights = members.Select(m => percentages[m]).Append(100 - sum).ToList();
        return Zip(members, Split(total, weights, decimals));
    }

    /// <summary>
    /// The core: shares of <paramref name="total"/> in proportion to <paramref name="weights"/>
    /// (non-negative, not all zero), rounded as described on the class, in the weights' order.
    /// </summary>
    internal static IReadOnlyList<decimal> Split(decimal total, IReadOnlyList<decimal> weights, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        if (total < 0)
        {
            throw new DomainException($"A negative amount ({Text(total)}) cannot be split.");
        }

        if (decimal.Round(total, decimals) != total)
        {
            throw new DomainException(decimals == 0
                ? $"{Text(total)} is not a whole number of units, so it cannot be split into whole units."
                : $"{Text(total)} has more than {decimals} decimal places, so it cannot be split to {decimals} places exactly.");
        }

        if (weights.Count == 0 || weights.Any(w => w < 0) || weights.All(w => w == 0))
        {
            throw new ArgumentException("Weights must be non-negative and not all zero.", nameof(weights));
        }

        // Everything as integers: the total in units of 10^-decimals, the weights scaled by a
        // common power of ten. Share i is floor(units * w_i / W) with remainder r_i (all over the
        // same W, so the r_i compare directly).
        var units = ToInteger(total, decimals);
        var weightScale = weights.Max(w => w.Scale);
        var scaled = weights.Select(w => ToInteger(w, weightScale)).ToList();
        var sum = scaled.Aggregate(BigInteger.Zero, (a, b) => a + b);

        var quotients = new BigInteger[scaled.Count];
        var remainders = new BigInteger[scaled.Count];
        var handedOut = BigInteger.Zero;
        for (var i = 0; i < scaled.Count; i++)
        {
            quotients[i] = BigInteger.DivRem(units * scaled[i], sum, out remainders[i]);
            handedOut += quotients[i];
        }

        // Fewer leftover units than shares with a non-zero remainder, so zero-weight and exact
        // shares never get one.
        var leftover = (int)(units - handedOut);
        var order = Enumerable.Range(0, scaled.Count)
            .OrderByDescending(i => remainders[i])
            .ThenByDescending(i => quotients[i])
            .ThenBy(i => i);
        foreach (var i in order.Take(leftover))
        {
            quotients[i] += 1;
        }

        var unit = new decimal(1, 0, 0, false, (byte)decimals);
        return Array.AsReadOnly(quotients.Select(q => (decimal)q * unit).ToArray());
    }

    private static BigInteger ToInteger(decimal value, int scale)
    {
        // value * 10^scale, exactly; value has at most `scale` significant decimal places.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger((uint)bits[0])
            | (new BigInteger((uint)bits[1]) << 32)
            | (new BigInteger((uint)bits[2]) << 64);
        if (value < 0)
        {
            mantissa = -mantissa;
        }

        var ownScale = value.Scale;
        return ownScale <= scale
            ? mantissa * BigInteger.Pow(10, scale - ownScale)
            : mantissa / BigInteger.Pow(10, ownScale - scale); // only trailing zeros are cut
    }

    private static void EnsureMembers(IReadOnlyList<Guid> members)
    {
        if (members.Count == 0)
        {
            throw new TargetRulesException([new TargetProblem("", TargetRules.NoMembers, [], "Choose at least one member to split the amount among.")]);
        }

        if (members.Contains(Guid.Empty))
        {
            throw new DomainException("Every share of a split needs a member.");
        }

        var duplicate = members.GroupBy(m => m).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainException($"{duplicate.Key} appears more than once; each member gets one share.");
        }
    }

    private static ReadOnlyDictionary<Guid, decimal> Zip(IReadOnlyList<Guid> members, IReadOnlyList<decimal> shares)
    {
        var result = new Dictionary<Guid, decimal>(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            result.Add(members[i], shares[i]);
        }

        return result.AsReadOnly();
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
