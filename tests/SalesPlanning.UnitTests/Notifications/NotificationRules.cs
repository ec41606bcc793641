using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Notifications;

namespace SalesPlanning.UnitTests.Notifications;

public class NotificationKindsFor
{
    [Theory]
    [InlineData(Roles.Director, "PlanSubmitted,PlanReviewOverdue,MonthEndSubmitted,AlertRaised")]
    [InlineData(Roles.Manager, "PlanReturned,PlanApproved,PlanReviewOverdue,MonthEndReturned,MonthEndSignedOff,WeeksNotEnteredByRep,AlertRaised,TargetsReopened")]
    [InlineData(Roles.Rep, "WeekNotEntered")]
    [InlineData(Roles.Admin, "")]
    public void ListsTheKindsARoleReceives(string role, string kinds)
    {
        var actor = new Actor(Guid.NewGuid(), new HashSet<string> { role });

        string.Join(",", NotificationKinds.For(actor)).ShouldBe(kinds);
    }

    [Fact]
    public void GivesEveryKindToSomeRole()
    {
        var everyone = new Actor(Guid.NewGuid(), Roles.All.ToHashSet());

        NotificationKinds.For(everyone).ShouldBe(NotificationKinds.All);
    }
}

public class SavePreferencesValidatorValidate
{
    private readonly SavePreferencesValidator _validator = new();

    [Theory]
    [InlineData(new[] { 0, 1 }, true)]
    [InlineData(new[] { 0, 0 }, false)]
    [InlineData(new[] { 99 }, false)]
    [InlineData(new[] { -1 }, false)]
    public void RefusesUnknownAndRepeatedKinds(int[] kinds, bool valid)
    {
        var request = new SavePreferences([.. kinds.Select(k => new PreferenceChoice((NotificationKind)k, false))]);

        _validator.Validate(request).IsValid.ShouldBe(valid);
    }
}

public class OutboxMailSend
{
    private static readonly DateTimeOffset At = new(2033, 1, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WaitsLongerAfterEachFailureAndGivesUpAfterTheLastAttempt()
    {
        var mail = OutboxMail.For(Notification.Create(Guid.NewGuid(), NotificationKind.PlanSubmitted, "plans", new Dictionary<string, string>(), null, At),
            "director@demo.local", "zh-CN", At);

        var waits = new List<double>();
        for (var attempt = 1; attempt <= OutboxMail.MaxAttempts; attempt++)
        {
            mail.Failed("Connection refused", At);
            waits.Add((mail.NextAttemptAt - At).TotalMinutes);
        }

        waits.ShouldBe([1, 2, 4, 8, 16, 32]);
        mail.HasFailed.ShouldBeTrue();
        mail.LastError.ShouldBe("Connection refused");
    }

    [Fact]
    public void GetsItsAttemptsBackWhenRetriedAndKeepsNoErrorOnceSent()
    {
        var mail = OutboxMail.For(Notification.Create(Guid.NewGuid(), NotificationKind.PlanSubmitted, "plans", new Dictionary<string, string>(), null, At),
            "director@demo.local", "zh-CN", At);
        for (var attempt = 1; attempt <= OutboxMail.MaxAttempts; attempt++)
        {
            mail.Failed(new string('x', 5000), At);
        }

        mail.LastError!.Length.ShouldBe(OutboxMail.ErrorMaxLength);
        mail.Retry(At.AddHours(1));
        (mail.Attempts, mail.HasFailed, mail.NextAttemptAt).ShouldBe((0, false, At.AddHours(1)));
        mail.Sent(At.AddHours(1));
        (mail.SentAt, mail.LastError, mail.Attempts).ShouldBe((At.AddHours(1), null, 1));
    }
}
