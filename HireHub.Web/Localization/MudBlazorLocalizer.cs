using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HireHub.Web.Localization;

/// <summary>Marker for MudBlazor's own labels (pager, date picker, close buttons), kept in <c>Resources/Localization/MudBlazorText.resx</c>.</summary>
public sealed class MudBlazorText;

/// <summary>
/// MudBlazor's labels in the person's language. MudBlazor uses its built-in English for an English culture and asks
/// this for any other, falling back to its English for a key it does not find: the resource file leaves out what reads
/// the same in Dutch (operators such as <c>&gt;=</c>, the words "is" and "Operator").
/// </summary>
public sealed class MudBlazorLocalizer(IStringLocalizer<MudBlazorText> text) : MudLocalizer
{
    public override LocalizedString this[string key] => text[key];
}
