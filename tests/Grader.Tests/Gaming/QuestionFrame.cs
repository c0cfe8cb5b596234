using System.Text.RegularExpressions;
using Grader.Rubrics;

namespace Grader.Tests.Gaming;

/// <summary>
/// An introduction and a conclusion that echo the question's own words around any body text: the cheapest way to
/// make another essay look like an answer.
/// </summary>
internal static partial class QuestionFrame
{
    private static readonly string[] Introductions =
    [
        "{question} This essay will argue that {thesis}. The evidence below shows how far this is true.",
        "In this essay I will agree that {thesis}. There are many reasons for this, which are explained below.",
        "It is often said that {thesis}. This essay agrees, and argues that the evidence shows this very clearly.",
    ];

    private static readonly string[] Conclusions =
    [
        "In conclusion, {thesis}, and so I agree with the statement to a large extent.",
        "To conclude, the evidence shows that {thesis}. Therefore I agree with the question.",
        "Overall, it is clear that {thesis}, although other factors also played a part.",
    ];

    /// <summary>The question's claim as a statement ("the role of … was crucial in …").</summary>
    public static string Thesis(Rubric rubric) => QuestionStem().Replace(rubric.Question, string.Empty).TrimEnd('?', ' ');

    /// <summary><paramref name="body"/> between an introduction and a conclusion (wording <paramref name="wording"/> of three).</summary>
    public static string Around(Rubric rubric, string body, int wording = 0) =>
        Introduction(rubric, wording) + "\n\n" + body.Trim() + "\n\n" + Conclusion(rubric, wording);

    public static string Introduction(Rubric rubric, int wording) => Fill(Introductions[wording % Introductions.Length], rubric);

    public static string Conclusion(Rubric rubric, int wording) => Fill(Conclusions[wording % Conclusions.Length], rubric);

    private static string Fill(string template, Rubric rubric) =>
        template.Replace("{question}", rubric.Question, StringComparison.Ordinal).Replace("{thesis}", Thesis(rubric), StringComparison.Ordinal);

    [GeneratedRegex("^How far (would|do) you agree (that|with the view that) ", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionStem();
}
