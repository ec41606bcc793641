using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Plans;
using SalesPlanning.Application.Reviews;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Reviews;
using SalesPlanning.Web.Components.Pages.Reviews;
using SalesPlanning.Web.Components.Shared.Ui;

namespace SalesPlanning.ComponentTests.Pages;

/// <summary>
/// The month-end review page's decisions, in <see cref="MonthEndEdit"/> beside it (issue 12, item 4), driven without
/// a browser: what opening shows or refuses, the text kept or replaced on a read, what a save sends, the checklist
/// from the text as typed, where a refusal is told (at its field and in the list, "fix the fields" only after a
/// save), a conflict, and being busy while a save or a step runs.
/// </summary>
public class MonthEndEditDecisions
{
    private static readonly Period December = Period.From(2026, 12);

    private static MonthEndView Review(uint version = 3, bool monthEnded = true, ReviewNarrativeText? narrative = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), "EAST", "East", December, PlanStatus.Approved, Guid.NewGuid(), ReviewStatus.Draft, version,
        narrative ?? new ReviewNarrativeText("Worked", "", "", "", ""), null, null, null, null, monthEnded, CanEdit: true, CanSignOff: false, [],
        new ReviewFigures(December, [], [], []), [], new CustomerContribution(CustomerSplit.Zero, []));

    private static MonthEndEdit Opened(MonthEndView? view = null)
    {
        var edit = new MonthEndEdit();
        edit.Opened(Result<MonthEndView>.Ok(view ?? Review()));
        return edit;
    }

    [Fact]
    public void OpeningShowsTheReviewWithItsText()
    {
        var view = Review();

        var edit = Opened(view);

        (edit.View, edit.Failure, edit.Forbidden, edit.WhatWorked, edit.WhatDidNot).ShouldBe((view, null, false, "Worked", ""));
    }

    [Fact]
    public void OpeningTellsWhyTheReviewCannotBeShown()
    {
        var edit = new MonthEndEdit();

        edit.NotAMonth();
        edit.Failure.ShouldBe(["Error_PeriodFormat"]);
        edit.Opened(Result<MonthEndView>.NotFound());
        edit.Failure.ShouldBe(["NotFound_Text"]);
        edit.Opened(Result<MonthEndView>.Invalid(new Dictionary<string, string[]> { [""] = ["MonthEnd_PlanNotApproved"] }));
        edit.Failure.ShouldBe(["MonthEnd_PlanNotApproved"]);
        edit.Opened(Result<MonthEndView>.Forbidden());
        (edit.Forbidden, edit.Failure, edit.View).ShouldBe((true, null, null));
    }

    [Fact]
    public void ASaveSendsTheTextAsTypedOverTheVersionShownAndKeepsItWhenReadAgain()
    {
        var view = Review(version: 3);
        var edit = Opened(view);
        edit.WhatDidNot = "Rain";
        edit.Uncontrollable = "Weather";

        edit.SaveRequest().ShouldBe(new SaveMonthEndNarrative(view.PlanId, "Worked", "Rain", "", "Weather", "", 3));
        edit.Reloaded(Result<MonthEndView>.Ok(Review(version: 4)), withText: false);

        (edit.View!.Version, edit.WhatDidNot).ShouldBe((4u, "Rain"));
        edit.Reloaded(Result<MonthEndView>.Ok(Review(version: 5)), withText: true);
        edit.WhatDidNot.ShouldBe("");
        edit.Reloaded(Result<MonthEndView>.NotFound(), withText: true);
        edit.View.Version.ShouldBe(5u);
    }

    [Fact]
    public void TheChecklistFollowsTheTextAsTypedAndTheMonth()
    {
        var edit = Opened(Review(monthEnded: false));

        edit.Checklist().Select(c => (c.Key, c.Done)).ShouldBe(
            [("worked", true), ("did-not", false), ("causes", false), ("improvements", false), ("month-ended", false)]);

        edit.WhatDidNot = "Rain";
        edit.Uncontrollable = "Weather";
        edit.Improvements = "Visit earlier";

        edit.Checklist().Take(4).ShouldAllBe(c => c.Done);
        edit.Checklist().Select(c => c.LabelKey).ShouldBe(
            ["MonthEnd_WhatWorked", "MonthEnd_WhatDidNot", "MonthEnd_ChecklistCauses", "MonthEnd_Improvements", "MonthEnd_ChecklistMonthEnded"]);
    }

    [Fact]
    public void ARefusedSaveIsToldAtItsFieldsAndInTheListWithTheFieldsNames()
    {
        var edit = Opened();
        var refused = Result<uint>.Invalid(new Dictionary<string, string[]>
        {
            [nameof(ReviewNarrativeText.WhatDidNot)] = ["MonthEndRule_TooLong|4000"],
            ["Elsewhere"] = ["Error_Generic"],
            [""] = ["MonthEndRule_MonthNotEnded"],
        });

        edit.Handle(refused, saving: true).ShouldBe(MonthEndOutcome.Refused);

        edit.MessagesAt(nameof(ReviewNarrativeText.WhatDidNot)).ShouldBe(["MonthEndRule_TooLong|4000"]);
        edit.MessagesAt(nameof(ReviewNarrativeText.WhatWorked)).ShouldBeEmpty();
        edit.General.ShouldBe(
        [
            new ProblemLine(null, "MonthEndRule_MonthNotEnded"),
            new ProblemLine("MonthEnd_WhatDidNot", "MonthEndRule_TooLong|4000"),
            new ProblemLine(null, "Error_Generic"),
            new ProblemLine(null, MonthEndEdit.FixFields),
        ]);
    }

    [Fact]
    public void ARefusedStepIsNotToldToFixTheFieldsAndSuccessClearsTheList()
    {
        var edit = Opened();

        edit.Handle(Result<uint>.Invalid(new Dictionary<string, string[]> { [nameof(ReviewNarrativeText.Improvements)] = ["MonthEndRule_Required"] }))
            .ShouldBe(MonthEndOutcome.Refused);
        edit.General.ShouldBe([new ProblemLine("MonthEnd_Improvements", "MonthEndRule_Required")]);

        edit.Handle(Result<uint>.Ok(4)).ShouldBe(MonthEndOutcome.Done);
        (edit.General.Count, edit.Errors.Count, edit.Conflict).ShouldBe((0, 0, false));
    }

    [Fact]
    public void AConflictAsksToKeepMineOrTakeTheirsAndOtherFailuresAreTold()
    {
        var edit = Opened();

        edit.Handle(Result<uint>.Conflict("MonthEnd_Conflict"), saving: true).ShouldBe(MonthEndOutcome.Conflict);
        edit.Conflict.ShouldBeTrue();
        edit.General.ShouldBeEmpty();
        edit.TakeTheirs();
        edit.Conflict.ShouldBeFalse();

        edit.Handle(Result<uint>.Forbidden()).ShouldBe(MonthEndOutcome.Failed);
        edit.Handle(Result<uint>.NotFound()).ShouldBe(MonthEndOutcome.Failed);
    }

    [Fact]
    public void IsBusyWhileASaveOrAStepRuns()
    {
        var edit = Opened();

        using (edit.Working())
        {
            edit.Busy.ShouldBeTrue();
        }

        edit.Busy.ShouldBeFalse();
    }

    [Theory]
    [InlineData(ReviewStatus.Draft, StatusTone.Info)]
    [InlineData(ReviewStatus.Submitted, StatusTone.Attention)]
    [InlineData(ReviewStatus.Returned, StatusTone.Problem)]
    [InlineData(ReviewStatus.SignedOff, StatusTone.Good)]
    public void ShowsEachStatusInItsTone(ReviewStatus status, StatusTone tone)
    {
        MonthEndEdit.ToneOf(status).ShouldBe(tone);
    }
}
