using System.Globalization;
using System.Text;

namespace Grader.Tests.Gaming;

/// <summary>
/// Writes every variant as a text file (one folder per family) into the folder GRADER_GAMING_VARIANTS names, so an
/// engine developer can run <c>grader explain</c> or <c>grader mark</c> on exactly what the suite grades.
/// </summary>
internal static class GamingVariantFiles
{
    public const string EnvironmentVariable = "GRADER_GAMING_VARIANTS";

    /// <summary>Writes the files if the variable names a folder (relative to the repository root); returns the folder.</summary>
    public static string? WriteIfRequested(IReadOnlyList<GamingVariant> variants)
    {
        var requested = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(requested))
        {
            return null;
        }

        var folder = Path.GetFullPath(requested, Support.RepositoryPaths.Root);
        foreach (var family in variants.GroupBy(variant => variant.Family))
        {
            var familyFolder = Directory.CreateDirectory(Path.Combine(folder, family.Key)).FullName;
            var number = 0;
            foreach (var variant in family)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"{++number:00}-{FileName(variant.SourceId)}.txt");
                File.WriteAllText(Path.Combine(familyFolder, name), variant.Text, new UTF8Encoding(false));
            }
        }

        return folder;
    }

    private static string FileName(string sourceId) =>
        new(sourceId.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').ToArray());
}
