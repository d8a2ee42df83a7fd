namespace HireHub.Web.Api;

/// <summary>Marker for the text the API sends its callers in problem details, kept in <c>Resources/Api/ApiText.resx</c>.</summary>
public sealed class ApiText;
