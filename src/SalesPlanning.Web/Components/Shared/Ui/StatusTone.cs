namespace SalesPlanning.Web.Components.Shared.Ui;

/// <summary>What a status means to the user, whatever colour the theme gives it.</summary>
public enum StatusTone
{
    Neutral,
    Info,
    Good,
    Attention,
    Problem,
    Done,
}
