using System.Security.Cryptography;
using System.Text;

namespace HireHub.Core.Common;

/// <summary>How a value that came from outside is made fit for a log line.</summary>
public static class LogValue
{
    /// <summary>
    /// Replaces every control character (CR, LF, tab, ...) and Unicode line or paragraph separator with <c>_</c>
    /// and cuts the value at <paramref name="maxLength"/>, so a caller cannot start a forged line or flood the log.
    /// </summary>
    public static string Safe(string? value, int maxLength = 200)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "-";
        }

        var cut = value.Length > maxLength ? value[..maxLength] : value;
        var builder = new StringBuilder(cut.Length);
        foreach (var c in cut)
        {
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' ? '_' : c);
        }

        return value.Length > maxLength ? builder.Append('…').ToString() : builder.ToString();
    }

    /// <summary>
    /// A person's identifier fit for a log line. Entra object IDs are GUIDs and carry no personal data, so they are
    /// logged as they are; any other identifier (the demo people's are made of their names) is logged as the first
    /// 16 hex digits of its SHA-256, the same for the same person, so events can still be correlated.
    /// </summary>
    public static string Subject(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "anonymous";
        }

        if (Guid.TryParse(id, out var guid))
        {
            return guid.ToString();
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..16];
    }
}
