using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using SalesPlanning.Web.Components.Shared.Ui;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Plans;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Components.Pages.Plans.Sections;

/// <summary>What the save bar of a section shows and does.</summary>
public interface ISectionEditor
{
    bool ReadOnly { get; }
    bool Saving { get; }
    bool Conflict { get; }
    DateTimeOffset? SavedAt { get; }
    string? SavedBy { get; }
    IReadOnlyList<string> SectionErrors { get; }
    PlanSection Section { get; }
    Task SaveAsync();
    Task DiscardMineAsync();
    Task OverwriteAsync();
}

/// <summary>
/// One section of the plan being edited: loads the saved content into rows the page binds to, saves
/// it with the version it was read at, shows each refused field's message beside it, and on a
/// conflict keeps the user's input with the choice to keep theirs or take the other save.
/// </summary>
public abstract class SectionEditor<TContent> : ComponentBase, ISectionEditor
    where TContent : SectionContent
{
    private Dictionary<string, string[]> _errors = [];
    private Guid? _loadedPlan;

    [Parameter, EditorRequired] public PlanView Plan { get; set; } = default!;

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;

    /// <summary>Raised after a save, so the page refreshes completeness marks and the checklist.</summary>
    [Parameter] public EventCallback<PlanSection> Saved { get; set; }

    [Inject] protected PlanService Plans { get; set; } = default!;

    [Inject] private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    [Inject] protected INotifier Notifier { get; set; } = default!;

    public abstract PlanSection Section { get; }

    public bool ReadOnly => !Plan.CanEdit;

    public bool Saving { get; private set; }

    public bool Conflict { get; private set; }

    public DateTimeOffset? SavedAt { get; private set; }

    public string? SavedBy { get; private set; }

    public IReadOnlyList<string> SectionErrors =>
        [.. _errors.Where(e => e.Key == Section.ToString() || e.Key.Length == 0).SelectMany(e => e.Value).Select(Localizer.Text)];

    protected uint Version { get; private set; }

    /// <summary>The message of a refused field ("Items[2].End"), in the user's language; null when it is fine.</summary>
    protected string? Error(string field) =>
        _errors.TryGetValue($"{Section}.{field}", out var messages) ? string.Join(" ", messages.Select(Localizer.Text)) : null;

    protected bool HasErrors => _errors.Count > 0;

    protected override void OnParametersSet()
    {
        // The page re-reads the plan after every save; the user's rows are loaded once per plan.
        if (_loadedPlan != Plan.PlanId)
        {
            _loadedPlan = Plan.PlanId;
            LoadFrom(Plan.SectionOf(Section));
        }
    }

    protected abstract void Load(TContent content);

    protected abstract TContent Build();

    public async Task SaveAsync()
    {
        if (ReadOnly || Saving || Plan.PlanId is not { } planId)
        {
            return;
        }

        Saving = true;
        try
        {
            var result = await Plans.SaveSectionAsync(Actor, planId, Build(), Version);
            switch (result.Status)
            {
                case ResultStatus.Ok:
                    _errors = [];
                    Conflict = false;
                    Version = result.Value!.Version;
                    SavedAt = result.Value.UpdatedAt;
                    SavedBy = null;
                    Notifier.Success(Localizer["Plan_SectionSaved", Localizer[$"PlanSection_{Section}"]]);
                    await Saved.InvokeAsync(Section);
                    break;
                case ResultStatus.Conflict:
                    Conflict = true;
                    break;
                case ResultStatus.Invalid:
                    _errors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
                    Notifier.Error(Localizer["Plan_FixFields"]);
                    break;
                default:
                    Notifier.Error(Localizer.Describe(result));
                    break;
            }
        }
        finally
        {
            Saving = false;
        }
    }

    /// <summary>Drops the user's input and shows the section as last saved by someone else.</summary>
    public async Task DiscardMineAsync()
    {
        if (await LatestAsync() is { } latest)
        {
            LoadFrom(latest);
        }

        Conflict = false;
    }

    /// <summary>Saves the user's input over the other save, having seen it.</summary>
    public async Task OverwriteAsync()
    {
        if (await LatestAsync() is { } latest)
        {
            Version = latest.Version;
            Conflict = false;
            await SaveAsync();
        }
    }

    private async Task<SectionView?> LatestAsync()
    {
        var result = await Plans.GetAsync(Actor, Plan.RegionId, Plan.Period);
        return result.IsOk ? result.Value!.SectionOf(Section) : null;
    }

    private void LoadFrom(SectionView view)
    {
        Load((TContent)view.Content);
        Version = view.Version;
        SavedAt = view.UpdatedAt;
        SavedBy = view.UpdatedBy;
        _errors = [];
    }
}
