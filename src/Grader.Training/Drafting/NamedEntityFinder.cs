using Grader.Text;

namespace Grader.Drafting;

/// <summary>
/// Finds the names in the model essays' prose for the gazetteer: runs of capitalised words, joined by "of", "von", "de"
/// and the like ("Treaty of Versailles", "Kurt von Schleicher") or a hyphen ("Sino-Soviet"), with a number after a
/// single word ("Article 48"). A capitalised word that opens a sentence counts only when the essays also capitalise it
/// inside a sentence, or it is a rare word never written in lower case. A short form that ends a longer name
/// ("Stresemann", "Versailles") or is its plural becomes a variant of it. The kind is guessed from the name's head word
/// and how it is used; the teacher checks it.
/// </summary>
internal static class NamedEntityFinder
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "von", "van", "de", "der", "den", "du", "la", "le", "del", "da", "al", "bin" };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr", "st",
    };

    private static readonly (string Kind, string[] Heads)[] KindsByHead =
    [
        ("treaty", ["treaty", "treaties", "pact", "agreement", "accord", "accords", "convention", "alliance", "protocol", "charter"]),
        ("policy", ["act", "plan", "law", "laws", "policy", "programme", "program", "decree", "deal", "reform", "reforms", "article", "constitution", "bill", "doctrine", "amendment", "schedule", "initiative", "scheme"]),
        ("event", ["war", "crash", "putsch", "revolution", "crisis", "fire", "rising", "uprising", "depression", "battle", "rebellion", "election", "conference", "massacre", "campaign", "strike", "occupation", "famine", "blockade", "invasion", "leap", "night", "summit", "congress", "olympics", "games", "festival", "reformation", "renaissance", "movement"]),
        ("organisation", ["party", "league", "company", "council", "army", "bank", "committee", "parliament", "government", "assembly", "organisation", "organization", "association", "society", "corps", "court", "office", "ministry", "navy", "guard", "church", "university", "institute", "nations", "union", "front", "service", "agency", "foundation", "club", "school", "college", "board", "cabinet"]),
        ("place", ["river", "sea", "ocean", "mountains", "mountain", "island", "islands", "city", "province", "state", "states", "kingdom", "republic", "empire", "street", "valley", "lake", "bay", "coast", "region", "county", "building", "port"]),
    ];

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "chancellor", "general", "king", "queen", "emperor", "kaiser", "pope", "sir", "lord", "lady", "prince", "princess", "chairman", "premier", "minister", "professor", "doctor", "captain", "admiral", "marshal", "tsar", "czar", "sultan", "saint",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "from", "across", "near", "throughout", "within" };

    public static IReadOnlyList<DraftedEntity> Find(IReadOnlyList<ModelEssayReading> readings, bool proseOnly = true)
    {
        var lowerCase = new HashSet<string>(StringComparer.Ordinal);
        var capitalisedInside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reading in readings)
        {
            CollectCase(reading, lowerCase, capitalisedInside, proseOnly);
        }

        var found = new Dictionary<string, List<EntityOccurrence>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var reading in readings)
        {
            foreach (var sentenceIndex in Enumerable.Range(0, reading.Document.Sentences.Count))
            {
                var sentence = reading.Document.Sentences[sentenceIndex];
                if (proseOnly && sentence.Paragraph < 0)
                {
                    continue;
                }

                foreach (var span in Runs(reading, sentence, lowerCase, capitalisedInside))
                {
                    var name = ModelEssayReading.OneLine(reading.Text.Substring(span.Start, span.Length));
                    if (!found.TryGetValue(name, out var list))
                    {
                        found[name] = list = [];
                        order.Add(name);
                    }

                    list.Add(new EntityOccurrence(reading, span, sentenceIndex));
                }
            }
        }

        return Merge(order, found);
    }

    /// <summary>Words written in lower case anywhere, and words capitalised other than at a sentence's start.</summary>
    private static void CollectCase(ModelEssayReading reading, HashSet<string> lowerCase, HashSet<string> capitalisedInside, bool proseOnly)
    {
        var tokens = reading.Document.Tokens;
        foreach (var sentence in reading.Document.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (tokens[t].Kind != TokenKind.Word)
                {
                    continue;
                }

                var word = reading.Text.Substring(tokens[t].Start, tokens[t].Span.Length);
                if (char.IsLower(word[0]))
                {
                    lowerCase.Add(word.ToLowerInvariant());
                }
                else if (t > sentence.FirstToken && (sentence.Paragraph >= 0 || !proseOnly) && !AfterOpeningQuote(reading, t, sentence.FirstToken))
                {
                    capitalisedInside.Add(word);
                }
            }
        }
    }

    /// <summary>Whether token <paramref name="t"/> follows only punctuation from the sentence's start (a quotation that opens it).</summary>
    private static bool AfterOpeningQuote(ModelEssayReading reading, int t, int first)
    {
        for (var i = first; i < t; i++)
        {
            if (reading.Document.Tokens[i].Kind != TokenKind.Symbol)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<TextSpan> Runs(ModelEssayReading reading, Sentence sentence, HashSet<string> lowerCase, HashSet<string> capitalisedInside)
    {
        var tokens = reading.Document.Tokens;
        var text = reading.Text;
        var t = sentence.FirstToken;
        while (t < sentence.EndToken)
        {
            if (!IsCapitalisedWord(text, tokens, t))
            {
                t++;
                continue;
            }

            var first = t;
            var last = t;
            var next = t + 1;
            while (next < sentence.EndToken)
            {
                if (IsCapitalisedWord(text, tokens, next) && !AcrossPunctuation(text, tokens[next - 1], tokens[next]))
                {
                    last = next++;
                }
                else if (tokens[next].Kind == TokenKind.Symbol && text[tokens[next].Start] is '-' && tokens[next].Start == tokens[next - 1].End
                         && next + 1 < sentence.EndToken && IsCapitalisedWord(text, tokens, next + 1) && tokens[next + 1].Start == tokens[next].End)
                {
                    last = next + 1;
                    next += 2;
                }
                else if (tokens[next].Kind == TokenKind.Word && Connectors.Contains(Word(text, tokens[next])) && Joins(text, tokens, next, sentence.EndToken) is var joined and > 0)
                {
                    last = next + joined;
                    next = last + 1;
                }
                else
                {
                    break;
                }
            }

            if (next < sentence.EndToken && tokens[next].Kind == TokenKind.Word && IsLowerCaseHead(text, tokens[next]) && tokens[next].Start == tokens[last].End + 1)
            {
                // "the Locarno treaties", "the Ruhr crisis": a lower-case head noun names what the capitalised word is.
                last = next++;
            }
            else if (first == last && next < sentence.EndToken && tokens[next].Kind == TokenKind.Number && tokens[next].Span.Length <= 3 && tokens[next].Start == tokens[last].End + 1)
            {
                last = next++;
            }

            // A run that opens the sentence loses its first word when that word is an ordinary one.
            if (first == sentence.FirstToken && !IsNameAtStart(Word(text, tokens[first]), text.Substring(tokens[first].Start, tokens[first].Span.Length), lowerCase, capitalisedInside))
            {
                first = NextWord(tokens, first + 1, last);
                while (first <= last && !IsCapitalisedWord(text, tokens, first))
                {
                    first = NextWord(tokens, first + 1, last);
                }
            }

            if (first <= last && (first < last || tokens[first].Span.Length > 1) && IsName(text, tokens, first, last))
            {
                yield return TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
            }

            t = next;
        }
    }

    private static bool IsLowerCaseHead(string text, Token token) =>
        char.IsLower(text[token.Start]) && KindsByHead.Take(3).Any(k => k.Heads.Contains(Word(text, token)));

    private static int NextWord(Token[] tokens, int from, int last)
    {
        while (from <= last && tokens[from].Kind == TokenKind.Symbol)
        {
            from++;
        }

        return from;
    }

    /// <summary>How many tokens after a connector at <paramref name="at"/> lead to a capitalised word ("of the Nations": 2), or 0.</summary>
    private static int Joins(string text, Token[] tokens, int at, int end)
    {
        var next = at + 1;
        if (next < end && tokens[next].Kind == TokenKind.Word && Word(text, tokens[next]) == "the")
        {
            next++;
        }

        return next < end && IsCapitalisedWord(text, tokens, next) ? next - at : 0;
    }

    private static bool AcrossPunctuation(string text, Token previous, Token next) =>
        text.AsSpan(previous.End, next.Start - previous.End).ContainsAnyExcept(' ');

    private static bool IsCapitalisedWord(string text, Token[] tokens, int t) =>
        tokens[t].Kind == TokenKind.Word
        && char.IsUpper(text[tokens[t].Start])
        && (tokens[t].Start == 0 || text[tokens[t].Start - 1] != '@')
        && !Skipped.Contains(text.Substring(tokens[t].Start, tokens[t].Span.Length))
        && !MonthNames.IsMonthWord(text.AsSpan(tokens[t].Start, tokens[t].Span.Length));

    /// <summary>
    /// Whether a capitalised word that opens a sentence is a name: the essays capitalise it inside sentences too, or it is
    /// rare in general English and neither it nor another form of it ("newer": "new") is ever written in lower case.
    /// </summary>
    private static bool IsNameAtStart(string lower, string word, HashSet<string> lowerCase, HashSet<string> capitalisedInside) =>
        !DraftWords.IsMarker(lower)
        && (capitalisedInside.Contains(word)
            || (DraftWords.Specificity(lower) >= 9 && DraftWords.Specificity(DraftWords.Stem(lower)) >= 9 && !lowerCase.Any(w => DraftWords.SameWord(w, lower))));

    /// <summary>A name holds at least one word that is not a function word or argument marker.</summary>
    private static bool IsName(string text, Token[] tokens, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && !DraftWords.IsMarker(Word(text, tokens[t])) && !Connectors.Contains(Word(text, tokens[t])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Word(string text, Token token) => text.Substring(token.Start, token.Span.Length).ToLowerInvariant();

    /// <summary>Short forms that end a longer name, or are its plural or singular, become its variants; the rest stand alone.</summary>
    private static IReadOnlyList<DraftedEntity> Merge(List<string> order, Dictionary<string, List<EntityOccurrence>> found)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in order)
        {
            var longer = order.Where(other => other != name && other.Length > name.Length
                    && (other.EndsWith(" " + name, StringComparison.Ordinal) || other == name + "s" || other == name + "es"))
                .OrderByDescending(other => found[other].Count).ThenBy(other => order.IndexOf(other)).FirstOrDefault();
            if (longer is not null)
            {
                parent[name] = longer;
            }
        }

        string Root(string name)
        {
            while (parent.TryGetValue(name, out var up))
            {
                name = up;
            }

            return name;
        }

        var entities = new List<DraftedEntity>();
        foreach (var name in order.Where(n => !parent.ContainsKey(n)))
        {
            var variants = order.Where(n => n != name && Root(n) == name).ToArray();
            var occurrences = variants.Prepend(name).SelectMany(n => found[n]).OrderBy(o => o.Reading.Source.Name, StringComparer.Ordinal).ThenBy(o => o.Span.Start).ToArray();
            entities.Add(new DraftedEntity(name, KindOf(name, variants, occurrences), variants, occurrences));
        }

        return entities;
    }

    private static string KindOf(string name, IReadOnlyList<string> variants, IReadOnlyList<EntityOccurrence> occurrences)
    {
        var words = name.Split(' ', '-');
        var head = (words.Length > 1 && char.IsDigit(words[^1][0]) ? words[^2] : words[^1]).ToLowerInvariant();
        var firstWord = words[0].ToLowerInvariant();
        foreach (var (kind, heads) in KindsByHead)
        {
            if (heads.Contains(head) || (words.Length > 2 && heads.Contains(firstWord)))
            {
                return kind;
            }
        }

        if (Titles.Contains(firstWord) || words.Any(w => w is "von" or "van" or "de" or "bin"))
        {
            return "person";
        }

        if (name.Length >= 2 && name.All(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            return "organisation";
        }

        // A plural name, or one whose singular the essays also use ("Nazis", "Communists", "Social Democrats"), names a group.
        if (head.EndsWith("ists", StringComparison.Ordinal) || head.EndsWith("ans", StringComparison.Ordinal) || variants.Any(v => name == v + "s"))
        {
            return "organisation";
        }

        var afterPreposition = occurrences.Count(o => PrecededBy(o, PlacePrepositions));
        if (afterPreposition * 2 > occurrences.Count)
        {
            return "place";
        }

        return words.Length is 2 or 3 || variants.Count > 0 ? "person" : "place";
    }

    private static bool PrecededBy(EntityOccurrence occurrence, HashSet<string> words)
    {
        var text = occurrence.Reading.Text;
        var end = occurrence.Span.Start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && words.Contains(text[start..end]);
    }
}
