namespace HireHub.Web.Components.Pages.Admin;

/// <summary>Where a step of the Connect an ATS guide stands.</summary>
public enum GuideStepState
{
    Pending,
    Current,
    Done,
}
