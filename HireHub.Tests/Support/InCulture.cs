using System.Globalization;

namespace HireHub.Tests.Support;

/// <summary>Runs a step of a test as a person with another language would: in that UI culture and its formats.</summary>
public static class InCulture
{
    public static T Run<T>(string culture, Func<T> step)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return step();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
