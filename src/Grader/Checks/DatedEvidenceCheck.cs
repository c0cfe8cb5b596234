using System.Globalization;
using Grader.Rubrics;
using Grader.Scoring;
using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Precise, dated evidence: specific items per 100 words; the answer key's events given with their dates; years kept
/// within the question's period; and factual accuracy — a year that conflicts with the timeline, or a sentence that
/// makes a known misconception, is flagged quoting the sentence.
/// </summary>
internal sealed class DatedEvidenceCheck : IEssayCheck
{
    /// <summary>Specific items per 100 words that earn full credit.</summary>
    private const double TargetDensity = 6.0;

    /// <summary>Distinct key events dated correctly that earn full credit.</summary>
    private const double TargetDatedEvents = 5.0;

    /// <summary>Credit for a key event named without its date, against 1 for a dated one.</summary>
    private const double UndatedEventCredit = 0.1;

    /// <summary>How far (in characters) a year may sit from an event's name to be read as its date.</summary>
    private const int DateReach = 60;

    /// <summary>Added to a date's distance when it comes before the name: "the treaty of 1950" dates the treaty more surely than "in 1950 the treaty".</summary>
    private const int DateBeforeNamePenalty = 15;

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:()[]—–");

    /// <summary>Share of years outside the period tolerated as context.</summary>
    private const double ContextShare = 0.15;

    /// <summary>Each factual error costs this much of <see cref="SignalCatalog.EvidenceAccuracy"/>…</summary>
    private const double AccuracyCostPerError = 0.25;

    /// <summary>…and this many dated events' worth of <see cref="SignalCatalog.EvidenceDated"/>.</summary>
    private const double DatedCostPerError = 0.5;

    /// <summary>From this many factual errors in the prose, the essay goes to review (<see cref="FlagCodes.ManyFactualErrors"/>).</summary>
    internal const int ManyErrors = 3;

    /// <summary>Words that open a new clause after "and", "but" or "or": a year before them belongs to the clause before.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "it", "they", "he", "she", "there"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that begin a subordinate clause: a year and a name on either side of one do not belong together.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["while", "whilst", "whereas", "although", "though", "because"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open a relative clause: it describes the name before it.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeWords =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["which", "who", "whom", "whose"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        var conflicting = new List<TextSpan>();
        var errors = DatedEvents(facts, resources, board, conflicting);
        errors += Misconceptions(facts, resources, board);
        Density(facts, conflicting, board);
        if (resources.Rubric.Period is { } period)
        {
            Period(facts, period, board);
        }

        var accuracy = Math.Max(0, 1 - (AccuracyCostPerError * errors));
        board.Set(SignalCatalog.EvidenceAccuracy, accuracy);
        if (errors == 0)
        {
            board.Earned(SignalCatalog.EvidenceAccuracy, "No conflict with the answer key's timeline or known misconceptions was found.");
        }
        else if (errors >= ManyErrors)
        {
            board.Flag(
                FlagCodes.ManyFactualErrors,
                FlagKind.Advisory,
                string.Create(CultureInfo.InvariantCulture, $"{errors} factual errors in the prose (wrong dates or known misconceptions; {ManyErrors} or more send an essay to review): each cost evidence marks, and so many need a marker's eye."));
        }
    }

    /// <summary>Specific items per 100 words; a year that conflicts with the timeline is not precise evidence and does not count.</summary>
    private static void Density(EssayFacts facts, List<TextSpan> conflicting, SignalBoard board)
    {
        const string signal = SignalCatalog.EvidenceDensity;
        var document = facts.Document;
        var specifics = 0;
        var examples = new List<TextSpan>(3);
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var sentence = document.Sentences[i];
            if (sentence.Paragraph < 0)
            {
                continue;
            }

            specifics += facts.Sentences[i].Specifics;
            if (facts.Sentences[i].Specifics >= 3 && examples.Count < 2)
            {
                examples.Add(sentence.Span);
            }
        }

        specifics = Math.Max(0, specifics - conflicting.Count);

        var words = Math.Max(1, document.ProseWordCount);
        var density = specifics * 100.0 / words;
        board.Set(signal, density / TargetDensity);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{specifics} specific items (dates, sums, counts, names) in {document.ProseWordCount} words: {density:0.0} per 100 words against a target of {TargetDensity:0}.");
        if (density >= TargetDensity / 2)
        {
            board.Earned(signal, summary, examples.ToArray());
        }
        else
        {
            board.Cost(signal, summary + " Support points with precise dates, figures and names.");
        }
    }

    /// <summary>
    /// Credits events dated correctly; flags years that conflict with the timeline, adding the conflicting years in the
    /// prose to <paramref name="conflicting"/>. Returns the conflicts in prose.
    /// </summary>
    private static int DatedEvents(EssayFacts facts, MarkingResources resources, SignalBoard board, List<TextSpan> conflicting)
    {
        const string signal = SignalCatalog.EvidenceDated;
        var timeline = resources.AnswerKey.Timeline;
        if (timeline.Count == 0)
        {
            var years = 0;
            foreach (var mention in facts.Document.Temporal)
            {
                years += facts.Document.IsProse(mention.Span.Start) ? 1 : 0;
            }

            board.Set(signal, years / TargetDatedEvents);
            board.Note(signal, $"The answer key has no timeline: {years} dates in the prose were counted instead.");
            return 0;
        }

        var document = facts.Document;
        var tokens = document.Tokens.AsSpan();
        var dated = new HashSet<int>();
        var mentioned = new HashSet<int>();
        var matches = new List<PhraseMatch>();
        var errors = 0;
        foreach (var sentence in document.Sentences)
        {
            matches.Clear();
            resources.Vocabulary.Timeline.FindAll(tokens, sentence.FirstToken, sentence.EndToken, matches);
            foreach (var match in matches)
            {
                var timelineEvent = timeline[match.Value];
                var nearest = NearestTemporal(document, sentence.Span, match.Span, matches);
                if (sentence.Paragraph >= 0)
                {
                    mentioned.Add(match.Value);
                }

                if (nearest is null)
                {
                    continue;
                }

                if (Accepts(timelineEvent, nearest))
                {
                    if (sentence.Paragraph >= 0 && dated.Add(match.Value))
                    {
                        board.Earned(signal, $"Dates {timelineEvent.Event} correctly ({document.Quote(nearest.Span)}).", sentence.Span);
                    }
                }
                else
                {
                    var correct = timelineEvent.Year == timelineEvent.LastYear
                        ? timelineEvent.Year.ToString(CultureInfo.InvariantCulture)
                        : string.Create(CultureInfo.InvariantCulture, $"{timelineEvent.Year}–{timelineEvent.LastYear}");
                    var message = $"'{document.Quote(match.Span)}' is dated {document.Quote(nearest.Span)} here, but {timelineEvent.Event} is {correct}{(timelineEvent.Date is null ? "" : $" ({timelineEvent.Date})")}.";
                    board.Flag(FlagCodes.FactualError, FlagKind.Informational, message, sentence.Span);
                    if (sentence.Paragraph >= 0)
                    {
                        errors++;
                        conflicting.Add(nearest.Span);
                        board.Cost(SignalCatalog.EvidenceAccuracy, message, sentence.Span);
                    }
                }
            }
        }

        var value = Math.Max(0, dated.Count + (UndatedEventCredit * (mentioned.Count - dated.Count)) - (DatedCostPerError * errors)) / TargetDatedEvents;
        board.Set(signal, value);
        var summary = $"{dated.Count} key events dated correctly and {mentioned.Count - dated.Count} named without a date (target: {TargetDatedEvents:0} dated)"
            + (errors > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {errors} wrong date(s) cost {DatedCostPerError} each.") : ".");
        if (dated.Count >= TargetDatedEvents)
        {
            board.Earned(signal, summary);
        }
        else
        {
            board.Cost(signal, summary + " Give key events with their dates.");
        }

        return errors;
    }

    private static bool Accepts(TimelineEvent timelineEvent, TemporalMention mention)
    {
        if (mention.Kind is TemporalKind.Range or TemporalKind.Decade)
        {
            return mention.FirstYear <= timelineEvent.LastYear && mention.LastYear >= timelineEvent.Year
                || timelineEvent.Accepts(mention.FirstYear) || timelineEvent.Accepts(mention.LastYear);
        }

        return timelineEvent.Accepts(mention.FirstYear);
    }

    /// <summary>The year, date or range nearest to an event's name in the same clause, unless another event's name is nearer to it.</summary>
    private static TemporalMention? NearestTemporal(EssayDocument document, TextSpan sentence, TextSpan name, List<PhraseMatch> events)
    {
        TemporalMention? best = null;
        var bestDistance = int.MaxValue;
        for (var m = document.FirstTemporalFrom(sentence.Start); m < document.Temporal.Count && document.Temporal[m].Span.Start < sentence.End; m++)
        {
            var mention = document.Temporal[m];

            var distance = Reach(document.Text, name, mention.Span);
            if (distance >= bestDistance)
            {
                continue;
            }

            var claimedByOther = false;
            foreach (var other in events)
            {
                if (other.Span != name && Reach(document.Text, other.Span, mention.Span) < distance)
                {
                    claimedByOther = true;
                    break;
                }
            }

            if (!claimedByOther)
            {
                best = mention;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>How surely a date belongs to a name: the characters between them, more when the date comes first; int.MaxValue when out of reach or in another clause.</summary>
    private static int Reach(string text, TextSpan name, TextSpan date)
    {
        var distance = Distance(name, date);
        if (distance > DateReach || CrossesClause(text, name, date) || (date.Start >= name.End && IsAttributive(text, date)))
        {
            return int.MaxValue;
        }

        return date.End <= name.Start ? distance + DateBeforeNamePenalty : distance;
    }

    /// <summary>
    /// Whether a new clause begins between a name and a date, so that the date belongs to another clause: a semicolon,
    /// colon, bracket or dash; a comma, unless it only opens a short phrase about the name ("The Secret Speech,
    /// delivered in 1956, …"); a subordinating word ("while", "because"); a relative word ("which", "who") when the date
    /// comes first (after the name it describes the name: "the treaty which Mao signed in 1950"); or "and", "but" or
    /// "or" opening a new noun phrase ("security in 1950 and the expertise behind the First Five-Year Plan").
    /// </summary>
    internal static bool CrossesClause(string text, TextSpan name, TextSpan date)
    {
        var nameFirst = name.End <= date.Start;
        var start = Math.Min(name.End, date.End);
        var end = Math.Max(name.Start, date.Start);
        if (end <= start)
        {
            return false;
        }

        var between = text.AsSpan(start, end - start);
        var breakAt = between.IndexOfAny(ClauseBreaks);
        if (breakAt >= 0 && !(nameFirst && IsShortPhraseAfterComma(between)))
        {
            return true;
        }

        var previous = ReadOnlySpan<char>.Empty;
        foreach (var range in between.Split(' '))
        {
            var word = between[range].Trim(",");
            if (word.IsEmpty)
            {
                continue;
            }

            if (Subordinators.Contains(word)
                || (!nameFirst && RelativeWords.Contains(word))
                || (ClauseOpeners.Contains(word) && (previous.Equals("and", StringComparison.OrdinalIgnoreCase) || previous.Equals("but", StringComparison.OrdinalIgnoreCase) || previous.Equals("or", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    /// <summary>", delivered in ", ", in ": a comma straight after the name opening a phrase of three words at most, with no other break.</summary>
    private static bool IsShortPhraseAfterComma(ReadOnlySpan<char> between)
    {
        var trimmed = between.TrimStart();
        if (trimmed.IsEmpty || trimmed[0] != ',')
        {
            return false;
        }

        var rest = trimmed[1..];
        if (rest.IndexOfAny(ClauseBreaks) >= 0)
        {
            return false;
        }

        var words = 0;
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (Subordinators.Contains(word) || word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            words++;
        }

        return words <= 3;
    }

    /// <summary>"the 1950 alliance": a year between a determiner and a noun dates that noun, not an earlier name.</summary>
    private static bool IsAttributive(string text, TextSpan date)
    {
        var after = date.End;
        if (after + 1 >= text.Length || text[after] != ' ' || !char.IsLetter(text[after + 1]))
        {
            return false;
        }

        var end = date.Start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return Determiners.Contains(text.AsSpan(start, end - start));
    }

    private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : a.Start >= b.End ? a.Start - b.End : 0;

    private static int Misconceptions(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        var document = facts.Document;
        var tokens = document.Tokens.AsSpan();
        var phrases = resources.Vocabulary.Misconceptions;
        if (phrases.Rules.Count == 0)
        {
            return 0;
        }

        Span<bool> filled = phrases.SlotCount <= 512 ? stackalloc bool[phrases.SlotCount] : new bool[phrases.SlotCount];
        var found = new List<int>();
        var errors = 0;
        foreach (var sentence in document.Sentences)
        {
            if (!phrases.Fill(tokens, sentence.FirstToken, sentence.EndToken, filled, found))
            {
                continue;
            }

            foreach (var rule in phrases.Rules)
            {
                if (!Makes(rule, filled, sentence, document))
                {
                    continue;
                }

                var misconception = rule.Misconception;
                var message = $"Known misconception: {misconception.Claim.TrimEnd('.')}. {misconception.Correction}";
                board.Flag(FlagCodes.FactualError, FlagKind.Informational, message, sentence.Span);
                if (sentence.Paragraph >= 0)
                {
                    errors++;
                    board.Cost(SignalCatalog.EvidenceAccuracy, message, sentence.Span);
                }
            }
        }

        return errors;
    }

    private static bool Makes(MisconceptionRule rule, ReadOnlySpan<bool> filled, Sentence sentence, EssayDocument document)
    {
        foreach (var slot in rule.AllOfSlots)
        {
            if (!filled[slot])
            {
                return false;
            }
        }

        if (rule.NoneOfSlot >= 0 && filled[rule.NoneOfSlot])
        {
            return false;
        }

        if (rule.Misconception.WithYearIn is not { } range)
        {
            return true;
        }

        for (var m = document.FirstTemporalFrom(sentence.Span.Start); m < document.Temporal.Count && document.Temporal[m].Span.Start < sentence.Span.End; m++)
        {
            if (range.Overlaps(document.Temporal[m].FirstYear, document.Temporal[m].LastYear))
            {
                return true;
            }
        }

        return false;
    }

    private static void Period(EssayFacts facts, YearRange period, SignalBoard board)
    {
        const string signal = SignalCatalog.EvidencePeriod;
        var document = facts.Document;
        var total = 0;
        var outside = 0;
        TextSpan? example = null;
        foreach (var mention in document.Temporal)
        {
            if (!document.IsProse(mention.Span.Start))
            {
                continue;
            }

            total++;
            if (!period.Overlaps(mention.FirstYear, mention.LastYear))
            {
                outside++;
                example ??= mention.Span;
            }
        }

        if (total == 0)
        {
            board.Set(signal, 0);
            board.Cost(signal, "No dates at all: the essay never shows where its evidence sits in the period.");
            return;
        }

        var share = (double)outside / total;
        board.Set(signal, 1 - (Math.Max(0, share - ContextShare) * 2));
        var summary = string.Create(CultureInfo.InvariantCulture, $"{outside} of {total} dates fall outside the question's period ({period.From}–{period.To}).");
        if (share <= ContextShare)
        {
            board.Earned(signal, summary);
        }
        else
        {
            board.Cost(signal, summary + " Material outside the period is context at most.", example ?? default);
        }

        foreach (var paragraph in document.Paragraphs)
        {
            if (RelevanceCheck.IsOffPeriod(document, paragraph, period))
            {
                board.Flag(FlagCodes.OutOfPeriod, FlagKind.Informational, $"Paragraph {paragraph.Index + 1} deals only with years outside {period.From}–{period.To}.", document.Sentences[paragraph.FirstSentence].Span);
            }
        }

        if (share > 0.4)
        {
            board.Flag(FlagCodes.OutOfPeriod, FlagKind.Informational, summary, example);
        }
    }
}
