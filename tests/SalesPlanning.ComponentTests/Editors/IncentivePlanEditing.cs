using SalesPlanning.Domain.Incentives;
using SalesPlanning.Web.Components.Pages.Incentives;

namespace SalesPlanning.ComponentTests.Editors;

/// <summary>
/// The incentive plan editor (issue 14): the terms round-trip through the typed text, a slip is kept at its field and
/// nothing is sent, the server's messages land on the inputs they name, tiers are added after the open last row and
/// removed leaving the new last row open, and the pool's shares add up as typed.
/// </summary>
public class IncentivePlanEditing
{
    [Fact]
    public void Gives_back_the_terms_it_was_given()
    {
        var edit = new PlanEdit(IncentiveTerms.Seed003);

        var terms = edit.ToTerms().ShouldNotBeNull();

        terms.Problems().ShouldBeEmpty();
        terms.Grades.Select(g => g.Tiers.Count).ShouldBe(IncentiveTerms.Seed003.Grades.Select(g => g.Tiers.Count));
        terms.For(Grade.SalesRep).Tiers[1].ShouldBe(new CommissionTier(60m, 100m, 3m));
        edit.ShareSum.ShouldBe(100m);
    }

    [Theory]
    [InlineData("Grades[2].Tiers[1].Rate", "3%")]
    [InlineData("Grades[1].BasePay", "6,000元")]
    [InlineData("HoldbackPercent", "")]
    public void Keeps_a_slip_at_its_field_and_sends_nothing(string field, string typed)
    {
        var edit = new PlanEdit(IncentiveTerms.Seed003);
        Set(edit, field, typed);

        edit.ToTerms().ShouldBeNull();

        edit.Errors.Keys.ShouldBe([field]);
        edit.Errors[field].ShouldBe(PlanEdit.NotANumber);
    }

    [Fact]
    public void Shows_the_servers_messages_at_the_inputs_they_name()
    {
        var edit = new PlanEdit(IncentiveTerms.Seed003);

        var elsewhere = edit.ShowErrors(new Dictionary<string, string[]>
        {
            ["Terms.Grades[2].Tiers[1].FromPercent"] = ["IncentiveRule_TierGap|60|70"],
            ["Terms.HeadShare"] = ["IncentiveRule_SharesMustSumTo100|101"],
            ["EffectiveFrom"] = ["Incentive_MonthApproved|2026-11"],
        }, key => key);

        edit.Errors["Grades[2].Tiers[1].FromPercent"].ShouldBe("IncentiveRule_TierGap|60|70");
        edit.Errors["HeadShare"].ShouldBe("IncentiveRule_SharesMustSumTo100|101");
        elsewhere.ShouldBe(["Incentive_MonthApproved|2026-11"]);
    }

    [Fact]
    public void Adds_a_tier_after_the_open_last_row_and_keeps_the_last_row_open_when_one_is_removed()
    {
        var edit = new PlanEdit(IncentiveTerms.Seed003);
        var probation = edit.Grades.FindIndex(g => g.Grade == Grade.Probation);

        edit.AddTier(probation);
        var tiers = edit.Grades[probation].Tiers;
        tiers.Select(t => (t.From, t.To)).ShouldBe([("0", "80"), ("80", "100"), ("100", "120"), ("120", "")]);
        edit.ToTerms().ShouldNotBeNull().Problems().ShouldBeEmpty();

        edit.RemoveTier(probation, 3);
        tiers.Select(t => (t.From, t.To)).ShouldBe([("0", "80"), ("80", "100"), ("100", "")]);
        edit.ToTerms().ShouldNotBeNull().Problems().ShouldBeEmpty();
    }

    [Fact]
    public void Adds_up_the_pool_shares_as_typed()
    {
        var edit = new PlanEdit(IncentiveTerms.Seed003);

        edit.Values[nameof(IncentiveTerms.QuarterBestShare)] = "6";
        edit.ShareSum.ShouldBe(101m);
        edit.Values[nameof(IncentiveTerms.QuarterBestShare)] = "x";
        edit.ShareSum.ShouldBeNull();
    }

    private static void Set(PlanEdit edit, string field, string value)
    {
        if (edit.Values.ContainsKey(field))
        {
            edit.Values[field] = value;
        }
        else if (field == "Grades[1].BasePay")
        {
            edit.Grades[1].BasePay = value;
        }
        else
        {
            edit.Grades[2].Tiers[1].Rate = value;
        }
    }
}
