using System.Text;

namespace HireHub.Core.Common;

/// <summary>
/// LIKE patterns built from what a person typed: the wildcards in it (<c>%</c>, <c>_</c>, and SQL Server's <c>[</c>)
/// match themselves, so a search for "50%" or "a_b" finds exactly that. Use with <see cref="Escape"/> as LIKE's
/// escape character: <c>EF.Functions.Like(column, LikePattern.Contains(text), LikePattern.Escape)</c>.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    /// <summary>Values that start with <paramref name="text"/>: an index range, where the database has the index.</summary>
    public static string StartsWith(string text) => Literal(text).Append('%').ToString();

    /// <summary>Values that hold <paramref name="text"/> anywhere: a scan, for the rare searches of admin pages and lists.</summary>
    public static string Contains(string text) => Literal(text).Insert(0, '%').Append('%').ToString();

    private static StringBuilder Literal(string text)
    {
        var pattern = new StringBuilder(text.Length + 2);
        foreach (var character in text)
        {
            if (character is '%' or '_' or '[' or '\\')
            {
                pattern.Append('\\');
            }

            pattern.Append(character);
        }

        return pattern;
    }
}
