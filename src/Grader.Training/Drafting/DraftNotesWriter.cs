using System.Globalization;
using System.Text;

namespace Grader.Drafting;

/// <summary>
/// Writes DRAFT-NOTES.md beside a drafted question: what to review, and for every drafted item where it came from (file,
/// lines and characters of the span it was drafted from, with the start of that text), so a teacher can check each
/// against the model essay and edit the rubric or answer key. Nothing reads the file back; delete it when done.
/// </summary>
internal static class DraftNotesWriter
{
    private const int QuoteLength = 90;

    public static byte[] Write(QuestionDraft draft, string template, string? descriptorsFile)
    {
        var text = new StringBuilder();
        var rubric = draft.Rubric;
        Line(text, $"# Draft notes: {rubric.Title}");
        Line(text);
        Line(text, $"Drafted by `grader init` from `{draft.ModelEssay.Name}`{(draft.Exemplars.Count > 0 ? $" and {draft.Exemplars.Count} further answer(s)" : "")} with the `{template}` template{(descriptorsFile is null ? "" : $" and the level descriptors in `{descriptorsFile}`")}.");
        Line(text, $"Question: {rubric.Question}");
        Line(text);
        Line(text, "Everything below is a draft for you to review: edit `rubric.json` and `answer-key.json`, then run `grader train --rubric rubric.json --force` so the similarity model matches them. Nothing reads this file; delete it when you are done.");
        Line(text, "A span is given as `file:line` (or `file:first–last line`) and characters `start–end` (from 0, end excluded), followed by the start of its text.");
        Line(text);
        Line(text, "## To review");
        foreach (var note in draft.ReviewNotes)
        {
            Line(text, $"- {note}");
        }

        Line(text);
        foreach (var section in draft.Origins.GroupBy(o => o.Section))
        {
            Line(text, $"## {Heading(section.Key)} ({section.Count()})");
            Line(text);
            foreach (var origin in section)
            {
                Line(text, Describe(draft, origin));
            }

            Line(text);
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static string Describe(QuestionDraft draft, DraftOrigin origin)
    {
        var item = origin.Item.Length == 0 ? "" : $"`{origin.Item}`";
        if (!origin.HasSpan)
        {
            return $"- {item}{(item.Length > 0 ? ": " : "")}{origin.Note}";
        }

        var source = draft.ModelEssay.Name == origin.File ? draft.ModelEssay : draft.Exemplars.First(e => e.Name == origin.File);
        var quote = ModelEssayReading.OneLine(source.Text[origin.Start..origin.End]);
        if (quote.Length > QuoteLength)
        {
            quote = quote[..QuoteLength] + "…";
        }

        var lines = origin.Line == origin.EndLine
            ? origin.Line.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{origin.Line}–{origin.EndLine}");
        var note = origin.Note.Length > 0 ? $" ({origin.Note})" : "";
        return string.Create(CultureInfo.InvariantCulture, $"- {item} — `{origin.File}:{lines}` characters {origin.Start}–{origin.End}{note}: “{quote}”");
    }

    private static string Heading(string section) => section switch
    {
        "key point" => "Key points",
        "timeline" => "Timeline",
        "gazetteer" => "Gazetteer",
        "factor" => "Alternative factors",
        "topic term" => "Topic terms",
        _ => char.ToUpperInvariant(section[0]) + section[1..],
    };

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
