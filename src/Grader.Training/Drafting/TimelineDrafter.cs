using System.Globalization;
using Grader.Rubrics;
using Grader.Text;

namespace Grader.Drafting;

/// <summary>
/// Drafts the timeline from the model essays' dated sentences: a year or date within a few words of a named event,
/// treaty or policy in the same clause ("the Treaty of Versailles on 28 June 1919", "the Dawes Plan of 1924") makes an
/// event with that year, the name and its short forms as its terms. People, places and organisations are never
/// events (they belong to many years), and a name the essays date to two different years is left out, because either
/// year would mark the other as an error.
/// </summary>
internal static class TimelineDrafter
{
    /// <summary>The most words between a name and its date.</summary>
    private const int MaxDistance = 6;

    private static readonly HashSet<string> EventKinds = new(StringComparer.Ordinal) { "event", "treaty", "policy" };

    public static IReadOnlyList<DraftedEvent> Draft(IReadOnlyList<ModelEssayReading> readings, IReadOnlyList<DraftedEntity> entities, List<string> notes)
    {
        var pairs = new List<(DraftedEntity Entity, ModelEssayReading Reading, TemporalMention Date, int Sentence)>();
        foreach (var reading in readings)
        {
            foreach (var date in reading.Document.Temporal)
            {
                if (date.Kind == TemporalKind.Decade || !reading.Document.IsProse(date.Span.Start) || IsRelative(reading.Text, date.Span.Start))
                {
                    continue;
                }

                var sentence = reading.SentenceAt(date.Span.Start);
                var nearest = entities
                    .Where(e => EventKinds.Contains(e.Kind))
                    .SelectMany(e => e.Occurrences.Where(o => o.Reading == reading && o.Sentence == sentence).Select(o => (Entity: e, Distance: Distance(reading, o.Span, date.Span))))
                    .Where(c => c.Distance <= MaxDistance)
                    .OrderBy(c => c.Distance)
                    .FirstOrDefault();
                if (nearest.Entity is not null)
                {
                    pairs.Add((nearest.Entity, reading, date, sentence));
                }
            }
        }

        var events = new List<DraftedEvent>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in pairs.GroupBy(p => p.Entity))
        {
            var dates = group.ToArray();
            var first = dates.Min(d => d.Date.FirstYear);
            var last = dates.Max(d => d.Date.LastYear);
            if (dates.Any(a => dates.Any(b => a.Date.LastYear < b.Date.FirstYear)))
            {
                notes.Add($"'{group.Key.Name}' is dated to different years in the model essay ({string.Join(", ", dates.Select(d => d.Reading.Text.Substring(d.Date.Span.Start, d.Date.Span.Length)).Distinct())}), so it was left out of the timeline: add it by hand with 'otherYears' if both are right.");
                continue;
            }

            var best = dates.OrderByDescending(d => d.Date.Kind == TemporalKind.FullDate).ThenBy(d => d.Date.Span.Start).First();
            var written = best.Reading.Text.Substring(best.Date.Span.Start, best.Date.Span.Length);
            var id = DraftIds.Unique(DraftIds.Slug(group.Key.Name, 3) + "-" + first.ToString(CultureInfo.InvariantCulture), ids);
            string? iso = best.Date.Kind == TemporalKind.FullDate && best.Date.Day > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{best.Date.FirstYear:0000}-{best.Date.Month:00}-{best.Date.Day:00}")
                : null;
            var timelineEvent = new TimelineEvent(id, $"{group.Key.Name} ({ModelEssayReading.OneLine(written)})", group.Key.Forms.ToArray(), first, last, iso, []);
            var span = best.Reading.Document.Sentences[best.Sentence].Span;
            events.Add(new DraftedEvent(timelineEvent, best.Reading.Origin("timeline", id, span, $"'{group.Key.Name}' within {MaxDistance} words of '{ModelEssayReading.OneLine(written)}' in this sentence")));
        }

        return events;
    }

    /// <summary>Whether the date is a bound ("after 1929", "by 1932", "until 1953"), which dates nothing that happened then.</summary>
    private static bool IsRelative(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var from = end;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        return RelativeWords.Contains(text[from..end]);
    }

    private static readonly HashSet<string> RelativeWords = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "since", "until", "till", "by", "from", "to", "through", "around", "circa", "c" };

    /// <summary>Words between two spans of one sentence, or more than the limit when a clause break (; : or a dash) lies between them.</summary>
    private static int Distance(ModelEssayReading reading, TextSpan a, TextSpan b)
    {
        var (from, to) = a.Start < b.Start ? (a.End, b.Start) : (b.End, a.Start);
        if (to <= from)
        {
            return 0;
        }

        var between = reading.Text.AsSpan(from, to - from);
        if (between.IndexOfAny(";:—") >= 0 || between.IndexOf(" – ", StringComparison.Ordinal) >= 0 || between.IndexOf(" - ", StringComparison.Ordinal) >= 0)
        {
            return int.MaxValue;
        }

        var words = 0;
        var inWord = false;
        foreach (var c in between)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
