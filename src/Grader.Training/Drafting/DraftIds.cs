using System.Text;

namespace Grader.Drafting;

/// <summary>Ids for drafted items: lower-case ASCII words joined by '-', made unique with '-2', '-3'…</summary>
internal static class DraftIds
{
    /// <summary>Ids the marks CSV already uses as columns, which a criterion may not take.</summary>
    private static readonly string[] Reserved = ["id", "status", "total", "max", "band", "engine_total", "flags", "error", "row", "mark"];

    public static string Slug(string text, int maxWords = 4)
    {
        var slug = new StringBuilder();
        var words = 0;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (slug.Length == 0 || slug[^1] == '-')
                {
                    if (words == maxWords)
                    {
                        break;
                    }

                    words++;
                }

                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019')
            {
                continue;
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "item" : Reserved.Contains(result, StringComparer.Ordinal) ? result + "-marks" : result;
    }

    public static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
