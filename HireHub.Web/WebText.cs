namespace HireHub.Web;

/// <summary>Marker for the text the web app shows people, kept in <c>Resources/WebText.resx</c> and its translations.</summary>
public sealed class WebText;
