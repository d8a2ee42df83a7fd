using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HireHub.Core.Features.Exports;

/// <summary>
/// How exports are written as JSON: camelCase, enums by name. Stored responses are written with these options,
/// so a replay is the first response byte for byte; the API writes its responses with them too.
/// </summary>
public static class ExportJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        // A field sent twice is refused, not settled by "last one wins": two readers of one body must not disagree.
        options.AllowDuplicateProperties = false;
        // API responses are not embedded in HTML: "+14255550100" should read as such, not as "\u002B14255550100".
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }
}
