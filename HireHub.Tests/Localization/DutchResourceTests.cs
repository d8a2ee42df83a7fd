using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HireHub.Tests.Localization;

/// <summary>
/// Every resource file in the repository, whoever added it, has a Dutch sibling that says every key in Dutch: not
/// missing, not empty, not the English left in place, with the same placeholders. Read from the source tree, so a key
/// added to any <c>*.resx</c> without its Dutch fails here.
/// </summary>
public sealed partial class DutchResourceTests
{
    /// <summary>
    /// Values that read the same in Dutch, and may therefore equal the English: names and words Dutch HR uses as they
    /// are. Keep this short; a value made only of placeholders and punctuation (<c>{0} {1}</c>) needs no entry.
    /// </summary>
    private static readonly HashSet<string> SameInDutch = new(StringComparer.Ordinal)
    {
        "HireHub", "HRIS", "HR", "Recruiter", "Status", "Conflict", "LinkedIn Talent Hub", "Onboarding", "IT",
    };

    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", "node_modules", "TestResults", "artifacts"];

    public static TheoryData<string> EnglishResourceFiles => [.. EnglishFiles().Select(file => Path.GetRelativePath(RepositoryRoot, file))];

    private static string RepositoryRoot { get; } = FindRepositoryRoot();

    [Fact]
    public void EveryResourceFileOfWebAndCore_IsFound()
    {
        var found = EnglishFiles().Select(file => Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/')).ToList();

        Assert.Contains("HireHub.Web/Resources/WebText.resx", found);
        Assert.Contains("HireHub.Core/Resources/CoreText.resx", found);
        Assert.Contains("HireHub.Web/Resources/Api/ApiText.resx", found);
    }

    [Theory]
    [MemberData(nameof(EnglishResourceFiles))]
    public void DutchFile_SaysEveryKeyInDutch(string englishFile)
    {
        var english = Read(Path.Combine(RepositoryRoot, englishFile));
        var dutchFile = DutchSiblingOf(Path.Combine(RepositoryRoot, englishFile));
        Assert.True(dutchFile is not null, $"{englishFile} has no Dutch file beside it (.nl.resx).");
        var dutch = Read(dutchFile);

        var problems = new List<string>();
        foreach (var (key, value) in english)
        {
            if (!dutch.TryGetValue(key, out var translated) || string.IsNullOrWhiteSpace(translated))
            {
                problems.Add($"{key}: no Dutch value (English: \"{value}\")");
            }
            else if (translated == value && !MayStayTheSame(value))
            {
                problems.Add($"{key}: the Dutch is the English \"{value}\"");
            }
            else if (!Placeholders(value).SequenceEqual(Placeholders(translated)))
            {
                problems.Add($"{key}: placeholders differ (English \"{value}\", Dutch \"{translated}\")");
            }
        }

        problems.AddRange(dutch.Keys.Except(english.Keys).Select(key => $"{key}: in the Dutch file only, no English"));
        Assert.True(problems.Count == 0, $"{Path.GetRelativePath(RepositoryRoot, dutchFile)}:\n" + string.Join("\n", problems));
    }

    private static bool MayStayTheSame(string value) => SameInDutch.Contains(value) || !Placeholder().Replace(value, "").Any(char.IsLetter);

    private static IEnumerable<string> Placeholders(string value) => Placeholder().Matches(value).Select(m => m.Value).Order(StringComparer.Ordinal);

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string? DutchSiblingOf(string englishFile)
    {
        var stem = englishFile[..^".resx".Length];
        return new[] { stem + ".nl.resx", stem + ".nl-NL.resx" }.FirstOrDefault(File.Exists);
    }

    // The neutral (English) files: Name.resx, not Name.nl.resx or Name.en-GB.resx.
    private static IEnumerable<string> EnglishFiles() =>
        Directory.EnumerateFiles(RepositoryRoot, "*.resx", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(RepositoryRoot, file).Split(Path.DirectorySeparatorChar).Any(SkippedFolders.Contains))
            .Where(file => !CultureSuffix().IsMatch(Path.GetFileName(file)))
            .Order(StringComparer.Ordinal);

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HireHub.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No HireHub.sln above {AppContext.BaseDirectory}: the resource test reads the source tree.");
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\.[a-z]{2}(-[A-Z]{2})?\.resx$")]
    private static partial Regex CultureSuffix();
}
