namespace HireHub.Core.Features.Hiring;

/// <summary>The <c>Hiring</c> section of configuration.</summary>
public sealed class HiringOptions
{
    public const string SectionName = "Hiring";

    /// <summary>Whether HR may type a personnel number instead of taking the next from the sequence.</summary>
    public bool AllowManualPersonnelNumber { get; set; }

    public string PersonnelNumberPrefix { get; set; } = "";

    public int PersonnelNumberWidth { get; set; } = 6;
}
