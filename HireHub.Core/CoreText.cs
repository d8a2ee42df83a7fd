namespace HireHub.Core;

/// <summary>
/// Marker for the text Core shows people (validation messages, conflicts), kept in
/// <c>Resources/CoreText.resx</c> and its translations.
/// </summary>
public sealed class CoreText;
