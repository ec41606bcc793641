using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.Application.Demo;

/// <summary>
/// Thirteen months of monthly actuals per rep and product, ending last month, so that
/// last-month shares, month-over-month and year-over-year figures work from the first run.
/// Seasonality follows seed 003: low season April–September, peak October–March, 2.8 : 3.2.
/// The numbers are pseudo-random but repeatable (fixed seed).
/// </summary>
internal static class DemoHistory
{
    public const int Months = 13;

    public static IEnumerable<MonthlyActual> For(
        Period currentMonth,
        IReadOnlyList<(Guid RegionId, Guid RepId)> reps,
        IReadOnlyList<(Guid ProductId, decimal UnitPrice)> products)
    {
        var random = new Random(20261122);
        var first = currentMonth;
        for (var i = 0; i < Months; i++)
        {
            first = first.Previous();
        }

        // Each rep sells at their own level; each product at its own.
        var repLevel = reps.Select(_ => 0.7m + (decimal)random.Next(0, 61) / 100m).ToArray();
        var productLevel = products.Select(_ => 2m + random.Next(0, 19)).ToArray();

        var month = first;
        for (var m = 0; m < Months; m++, month = month.Next())
        {
            var season = month.Month is >= 4 and <= 9 ? 2.8m : 3.2m;
            for (var r = 0; r < reps.Count; r++)
            {
                for (var p = 0; p < products.Count; p++)
                {
                    var noise = 0.85m + (decimal)random.Next(0, 31) / 100m;
                    var volume = (long)decimal.Round(productLevel[p] * repLevel[r] * season * noise);
                    var amount = volume * products[p].UnitPrice;
                    var collectedShare = 0.80m + (decimal)random.Next(0, 19) / 100m;
                    var collections = decimal.Round(amount * collectedShare, 2);
                    yield return MonthlyActual.Create(month, reps[r].RegionId, reps[r].RepId, products[p].ProductId, amount, volume, collections);
                }
            }
        }
    }
}
