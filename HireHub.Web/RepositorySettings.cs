using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace HireHub.Web;

internal static class RepositorySettings
{
    /// <summary>
    /// The one settings file people edit is <c>appsettings.json</c> at the repository root; the build copies it
    /// beside the app. It is read where the host would read its own <c>appsettings.json</c>, so
    /// <c>appsettings.{Environment}.json</c>, user secrets and environment variables still override it.
    /// </summary>
    public static void AddRepositorySettingsFile(this ConfigurationManager configuration)
    {
        var sources = configuration.Sources;
        var hostFile = sources.OfType<JsonConfigurationSource>().FirstOrDefault(s => s.Path == "appsettings.json");
        var index = hostFile is null ? 0 : sources.IndexOf(hostFile);
        sources.Insert(index, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.json",
            Optional = false,
            ReloadOnChange = false,
        });
    }
}
