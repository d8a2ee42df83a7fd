using System.Globalization;

namespace HireHub.Core.Common;

/// <summary>
/// Runs a stretch of code in someone else's language and formats, then puts back the current ones: for work done on
/// a shared thread (a background writer) on behalf of a caller who is waiting for text in their own language.
/// </summary>
public readonly struct CultureScope : IDisposable
{
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;

    private CultureScope(CultureInfo culture, CultureInfo uiCulture) => (this.culture, this.uiCulture) = (culture, uiCulture);

    public static CultureScope Use(CultureInfo culture, CultureInfo uiCulture)
    {
        var previous = new CultureScope(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
        return previous;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
