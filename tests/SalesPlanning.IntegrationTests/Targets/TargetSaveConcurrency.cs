using System.Net;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Targets;

/// <summary>
/// Two people saving the same target or breakdown (DESIGN §8): the second save, made from what the
/// first one changed, is told so with 409 and nothing is silently overwritten.
/// </summary>
public class TargetSaveConcurrency(TargetsAppFixture fixture) : IClassFixture<TargetsAppFixture>
{
    private DemoIds Ids => fixture.Ids;

    [Fact]
    public async Task RefusesABreakdownSavedFromAStaleVersionAndKeepsTheFirstSave()
    {
        const string period = "2027-01";
        await TargetPlans.SplitCompanyIntoRegionsAsync(fixture, period);
        var first = await fixture.NewSessionAsync(DemoUsers.Director);
        var second = await fixture.NewSessionAsync(DemoUsers.Director);
        var firstRead = await first.BreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region);
        var secondRead = await second.BreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region);
        secondRead.Version.ShouldBe(firstRead.Version);
        var firstSplit = new Dictionary<Guid, decimal> { [Ids.East] = 1_300_000.00m, [Ids.South] = 1_100_000.00m, [Ids.North] = 800_000.00m };
        var secondSplit = new Dictionary<Guid, decimal> { [Ids.East] = 1_200_000.00m, [Ids.South] = 1_200_000.00m, [Ids.North] = 800_000.00m };

        using var firstSave = await first.PutBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, firstSplit, firstRead.Version);
        using var secondSave = await second.PutBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, secondSplit, secondRead.Version);

        (await first.OkAsync<VersionResponse>(firstSave)).Version.ShouldNotBe(firstRead.Version);
        var problem = await TargetsApi.ProblemAsync(secondSave, HttpStatusCode.Conflict);
        problem.Detail.ShouldNotBeNull().ShouldContain("changed");
        (await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Company, null, Dimension.Region)).ShouldBe(firstSplit, ignoreOrder: true);
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.East)).ShouldNotBeNull().Amount.ShouldBe(1_300_000.00m);
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.South)).ShouldNotBeNull().Amount.ShouldBe(1_100_000.00m);

        // Reloaded, the second user's input applies.
        await second.SaveBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, secondSplit);
        (await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Company, null, Dimension.Region)).ShouldBe(secondSplit, ignoreOrder: true);
    }

    [Fact]
    public async Task RefusesACompanyTargetSetFromAStaleVersion()
    {
        const string period = "2027-02";
        await TargetPlans.SplitCompanyIntoRegionsAsync(fixture, period);
        var first = await fixture.NewSessionAsync(DemoUsers.Director);
        var second = await fixture.NewSessionAsync(DemoUsers.Director);
        var version = (await first.CompanyAsync(period)).For(Metric.SalesAmount).Version;
        (await second.CompanyAsync(period)).For(Metric.SalesAmount).Version.ShouldBe(version);

        using var firstSet = await first.PutCompanyTargetAsync(period, Metric.SalesAmount, 3_300_000.00m, version);
        using var secondSet = await second.PutCompanyTargetAsync(period, Metric.SalesAmount, 3_100_000.00m, version);

        firstSet.StatusCode.ShouldBe(HttpStatusCode.OK, await firstSet.Content.ReadAsStringAsync());
        await TargetsApi.ProblemAsync(secondSet, HttpStatusCode.Conflict);
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Company, null)).ShouldNotBeNull().Amount.ShouldBe(3_300_000.00m);
    }

    [Fact]
    public async Task RefusesASecondCreationOfTheSameCompanyTarget()
    {
        const string period = "2027-03";
        var first = await fixture.NewSessionAsync(DemoUsers.Director);
        var second = await fixture.NewSessionAsync(DemoUsers.Director);

        using var firstSet = await first.PutCompanyTargetAsync(period, Metric.Collections, 2_000_000.00m, null);
        using var secondSet = await second.PutCompanyTargetAsync(period, Metric.Collections, 2_500_000.00m, null);

        firstSet.StatusCode.ShouldBe(HttpStatusCode.OK, await firstSet.Content.ReadAsStringAsync());
        await TargetsApi.ProblemAsync(secondSet, HttpStatusCode.Conflict);
        (await fixture.TargetAsync(period, Metric.Collections, ScopeKind.Company, null)).ShouldNotBeNull().Amount.ShouldBe(2_000_000.00m);
    }

    [Fact]
    public async Task RefusesAManagersRepSplitReadBeforeTheDirectorChangedTheRegionsTarget()
    {
        const string period = "2027-04";
        await TargetPlans.SplitCompanyAndEastAsync(fixture, period);
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        var director = await fixture.AsAsync(DemoUsers.Director);
        var read = await manager.BreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep);

        await director.SaveBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = 1_300_000.00m, [Ids.South] = 1_100_000.00m, [Ids.North] = 800_000.00m });
        using var save = await manager.PutBreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep,
            Enumerable.Range(1, 4).ToDictionary(Ids.Rep, _ => 320_000.00m), read.Version);

        await TargetsApi.ProblemAsync(save, HttpStatusCode.Conflict);
        var now = await manager.BreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep);
        now.ParentAmount.ShouldBe(1_300_000.00m);
        now.Unallocated.ShouldBe(20_000.00m);
    }

    [Fact]
    public async Task AcceptsTheVersionASaveAnswersForTheNextSave()
    {
        const string period = "2027-07";
        var director = await fixture.AsAsync(DemoUsers.Director);

        // Each save starts from the version the previous one answered, as the editor does, without reading again.
        using var created = await director.PutCompanyTargetAsync(period, Metric.SalesAmount, 3_000_000.00m, null);
        var version = (await director.OkAsync<VersionResponse>(created)).Version;
        using var changed = await director.PutCompanyTargetAsync(period, Metric.SalesAmount, TargetPlans.Company, version);
        version = (await director.OkAsync<VersionResponse>(changed)).Version;
        using var split = await director.PutBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = 1_000_000.00m }, version);
        version = (await director.OkAsync<VersionResponse>(split)).Version;
        using var resplit = await director.PutBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region,
            TargetPlans.RegionSplit(Ids), version);
        version = (await director.OkAsync<VersionResponse>(resplit)).Version;

        (await director.CompanyAsync(period)).For(Metric.SalesAmount).Version.ShouldBe(version);
        (await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Company, null, Dimension.Region))
            .ShouldBe(TargetPlans.RegionSplit(Ids), ignoreOrder: true);
    }

    [Fact]
    public async Task LetsExactlyOneOfSimultaneousBreakdownSavesWin()
    {
        const string period = "2027-05";
        await TargetPlans.SplitCompanyIntoRegionsAsync(fixture, period);
        var sessions = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fixture.NewSessionAsync(DemoUsers.Director)));
        var version = (await sessions[0].BreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region)).Version;
        var splits = Enumerable.Range(1, sessions.Length)
            .Select(i => new Dictionary<Guid, decimal>
            {
                [Ids.East] = TargetPlans.East + (i * 1_000m),
                [Ids.South] = TargetPlans.South - (i * 1_000m),
                [Ids.North] = TargetPlans.North,
            })
            .ToList();

        var responses = await Task.WhenAll(sessions.Select((s, i) =>
            s.PutBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, splits[i], version)));

        try
        {
            var statuses = responses.Select(r => r.StatusCode).ToList();
            statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(1, string.Join(", ", statuses));
            statuses.Count(s => s == HttpStatusCode.Conflict).ShouldBe(sessions.Length - 1, string.Join(", ", statuses));
            var winner = splits[statuses.IndexOf(HttpStatusCode.OK)];
            (await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Company, null, Dimension.Region)).ShouldBe(winner, ignoreOrder: true);
            (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.East)).ShouldNotBeNull().Amount.ShouldBe(winner[Ids.East]);
            (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.South)).ShouldNotBeNull().Amount.ShouldBe(winner[Ids.South]);
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task LosesNeitherSaveWhenTheDirectorAndTheManagerChangeTheRegionTogether()
    {
        var director = await fixture.NewSessionAsync(DemoUsers.Director);
        var manager = await fixture.NewSessionAsync(DemoUsers.ManagerEast);
        var companySplit = new Dictionary<Guid, decimal> { [Ids.East] = 1_300_000.00m, [Ids.South] = 1_100_000.00m, [Ids.North] = TargetPlans.North };
        var repSplit = Enumerable.Range(1, 4).ToDictionary(Ids.Rep, n => n == 1 ? 330_000.00m : 316_666.67m);
        foreach (var period in new[] { "2027-08", "2027-09", "2027-10", "2027-11", "2027-12" })
        {
            await TargetPlans.SplitCompanyAndEastAsync(fixture, period);
            var companyRead = await director.BreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region);
            var eastRead = await manager.BreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep);

            var saves = await Task.WhenAll(
                director.PutBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, companySplit, companyRead.Version),
                manager.PutBreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep, repSplit, eastRead.Version));
            var (directorStatus, managerStatus) = (saves[0].StatusCode, saves[1].StatusCode);
            foreach (var save in saves)
            {
                save.Dispose();
            }

            var context = $"{period}: director {directorStatus}, manager {managerStatus}";
            new[] { directorStatus, managerStatus }.ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict, context);
            var companyAllocations = await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Company, null, Dimension.Region);
            var eastAllocations = await fixture.AllocationsAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.East, Dimension.Rep);
            var targets = await fixture.TargetsAsync(period, Metric.SalesAmount);
            companyAllocations.ShouldBe(directorStatus == HttpStatusCode.OK ? companySplit : TargetPlans.RegionSplit(Ids), ignoreOrder: true, context);
            eastAllocations.ShouldBe(managerStatus == HttpStatusCode.OK ? repSplit : TargetPlans.EastRepSplit(Ids), ignoreOrder: true, context);
            targets.Single(t => t.ScopeId == Ids.East).Amount.ShouldBe(companyAllocations[Ids.East], context);
            foreach (var (rep, amount) in eastAllocations)
            {
                targets.Single(t => t.ScopeId == rep).Amount.ShouldBe(amount, context);
            }
        }
    }

    [Fact]
    public async Task LetsExactlyOneOfSimultaneousCompanyTargetCreationsWin()
    {
        const string period = "2027-06";
        var sessions = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fixture.NewSessionAsync(DemoUsers.Director)));

        var responses = await Task.WhenAll(sessions.Select((s, i) =>
            s.PutCompanyTargetAsync(period, Metric.SalesAmount, 1_000_000.00m + i, null)));

        try
        {
            var statuses = responses.Select(r => r.StatusCode).ToList();
            statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(1, string.Join(", ", statuses));
            statuses.Count(s => s == HttpStatusCode.Conflict).ShouldBe(sessions.Length - 1, string.Join(", ", statuses));
            (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Company, null)).ShouldNotBeNull()
                .Amount.ShouldBe(1_000_000.00m + statuses.IndexOf(HttpStatusCode.OK));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }
}
