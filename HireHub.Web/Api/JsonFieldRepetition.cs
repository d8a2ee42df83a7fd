using System.Text.Json;
using System.Text.RegularExpressions;

namespace HireHub.Web.Api;

/// <summary>
/// Tells a field sent twice from a value of the wrong type, for the error message. The serializer refuses both alike
/// (<c>AllowDuplicateProperties</c> is off in <see cref="Core.Features.Exports.ExportJson"/>) and reports only the path, so the body
/// is read again, only on this error path, and the object at the path's parent is asked how often it holds the name.
/// </summary>
internal static partial class JsonFieldRepetition
{
    public static bool IsRepeated(ReadOnlyMemory<byte> body, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var element = document.RootElement;
            var steps = Step().Matches(path[1..]).ToList();
            for (var i = 0; i < steps.Count; i++)
            {
                var step = steps[i];
                if (step.Groups["index"].Success)
                {
                    var index = int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                    {
                        return false;
                    }

                    element = element[index];
                    continue;
                }

                var name = step.Groups["name"].Value;
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }

                var matches = element.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
                if (i == steps.Count - 1 || matches.Count != 1)
                {
                    return matches.Count > 1;
                }

                element = matches[0].Value;
            }
        }
        catch (JsonException)
        {
            // Not even well-formed: not a repetition.
        }

        return false;
    }

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>\d+)\]")]
    private static partial Regex Step();
}
