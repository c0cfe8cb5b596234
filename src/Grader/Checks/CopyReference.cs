using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// The texts an essay must not be copied from (the model essay and any exemplars), prepared once per mark scheme for
/// <see cref="CopyFinder"/>: their prose cut into units (<see cref="UnitCutter"/>) of terms (<see cref="TermSequence"/>), every term given a dense id, and an index from each content term to the units that
/// hold it. The question's own sentences are kept too, as neutral units: an essay that echoes the question is not
/// copying the model essay that echoes it as well. Immutable and thread-safe.
/// </summary>
internal sealed class CopyReference
{
    /// <summary>The source number of neutral units (the question).</summary>
    public const int Neutral = -1;

    private readonly int[] _unitStart;
    private readonly int[] _postingStart;

    private CopyReference(IReadOnlyList<string> sourceNames, List<ReferenceUnit> units, int[] termIds, int[] unitStart, TermIdTable vocabulary, int[] postingStart, int[] postingUnits, float[] weights, bool[] informative)
    {
        Informative = informative;
        SourceNames = sourceNames;
        Units = units;
        TermIds = termIds;
        _unitStart = unitStart;
        Vocabulary = vocabulary;
        _postingStart = postingStart;
        PostingUnits = postingUnits;
        Weights = weights;
    }

    /// <summary>No reference: nothing is ever found copied.</summary>
    public static CopyReference Empty { get; } = new([], [], [], [0], new TermIdTable([]), [0], [], [], []);

    /// <summary>What each source is called in explanations ("the model essay", "exemplar 2"), by source number.</summary>
    public IReadOnlyList<string> SourceNames { get; }

    public IReadOnlyList<ReferenceUnit> Units { get; }

    /// <summary>Every unit's term ids, one unit after another (<see cref="TermsOf"/>).</summary>
    public int[] TermIds { get; }

    public TermIdTable Vocabulary { get; }

    /// <summary>The units holding each content term, by term id (<see cref="PostingsOf"/>).</summary>
    public int[] PostingUnits { get; }

    /// <summary>How telling it is to share each term (inverse unit frequency; 0 for function words).</summary>
    public float[] Weights { get; }

    /// <summary>By term id: whether sharing the term is evidence of copying: a content word or number that the question does not use (every answer may echo the question).</summary>
    public bool[] Informative { get; }

    public bool IsEmpty => Units.Count == 0;

    /// <summary>The term ids of unit <paramref name="unit"/>.</summary>
    public ReadOnlySpan<int> TermsOf(int unit) => TermIds.AsSpan(_unitStart[unit], _unitStart[unit + 1] - _unitStart[unit]);

    /// <summary>The units that hold the content term <paramref name="id"/>.</summary>
    public ReadOnlySpan<int> PostingsOf(int id) => PostingUnits.AsSpan(_postingStart[id], _postingStart[id + 1] - _postingStart[id]);

    /// <summary>Whether units <paramref name="first"/> and <paramref name="first"/> + 1 follow each other in one source.</summary>
    public bool Adjacent(int first) => first >= 0 && first + 1 < Units.Count && Units[first].Source == Units[first + 1].Source;

    /// <summary>
    /// The words of a "how far" answer that any essay may share with the model essay: the question's frame ("to what
    /// extent", "agree") and the words of degree ("crucial", "to a large extent", "limited").
    /// </summary>
    public static IEnumerable<string> AnswerWords =>
        ArgumentMarkers.QuestionFrame.Concat(ArgumentMarkers.DegreeHigh).Concat(ArgumentMarkers.DegreeMedium).Concat(ArgumentMarkers.DegreeLow);

    /// <summary>
    /// Builds the reference from <paramref name="sources"/> (the model essay first, then exemplars; only their prose
    /// paragraphs count) and <paramref name="neutral"/> texts (the question; every sentence counts). Sharing the words of
    /// <paramref name="commonPhrases"/> (default <see cref="AnswerWords"/>), or of the neutral texts, is no evidence of copying.
    /// </summary>
    public static CopyReference Build(EssayAnalyzer analyzer, IReadOnlyList<(string Name, string Text)> sources, IReadOnlyList<string> neutral, IEnumerable<string>? commonPhrases = null)
    {
        if (sources.Count == 0)
        {
            return Empty;
        }

        var terms = new TermSequence();
        var units = new List<ReferenceUnit>();
        var unitTerms = new List<(ulong Hash, TermKind Kind)[]>();
        for (var s = 0; s < sources.Count; s++)
        {
            var document = analyzer.Analyze(sources[s].Text);
            foreach (var paragraph in document.Paragraphs)
            {
                foreach (var sentence in document.SentencesOf(paragraph))
                {
                    AddUnits(document, sentence, s, terms, units, unitTerms);
                }
            }
        }

        foreach (var text in neutral)
        {
            var document = analyzer.Analyze(text);
            foreach (var sentence in document.Sentences)
            {
                AddUnits(document, sentence, Neutral, terms, units, unitTerms);
            }
        }

        if (units.Count == 0)
        {
            return Empty;
        }

        var hashes = new List<ulong>();
        var ids = new Dictionary<ulong, int>();
        var isContent = new List<bool>();
        var termIds = new int[unitTerms.Sum(u => u.Length)];
        var unitStart = new int[units.Count + 1];
        var at = 0;
        for (var u = 0; u < units.Count; u++)
        {
            unitStart[u] = at;
            foreach (var (hash, kind) in unitTerms[u])
            {
                if (!ids.TryGetValue(hash, out var id))
                {
                    id = hashes.Count;
                    ids.Add(hash, id);
                    hashes.Add(hash);
                    isContent.Add(kind != TermKind.Function);
                }

                termIds[at++] = id;
            }
        }

        unitStart[units.Count] = at;
        var (postingStart, postingUnits, weights) = Postings(units.Count, hashes.Count, termIds, unitStart, isContent);
        var informative = isContent.ToArray();
        var common = analyzer.Analyze(string.Join(". ", commonPhrases ?? AnswerWords));
        terms.Clear();
        terms.Append(common.Text, common.Tokens, common.WordHashes, 0, common.Tokens.Length);
        foreach (var hash in terms.Hashes)
        {
            if (ids.TryGetValue(hash, out var id))
            {
                informative[id] = false;
            }
        }

        for (var u = 0; u < units.Count; u++)
        {
            if (units[u].Source == Neutral)
            {
                for (var k = unitStart[u]; k < unitStart[u + 1]; k++)
                {
                    informative[termIds[k]] = false;
                }
            }
        }

        MarkSharedUnits(units, termIds, unitStart, postingStart, postingUnits, weights, informative, hashes.Count);
        return new CopyReference(sources.Select(s => s.Name).ToArray(), units, termIds, unitStart, new TermIdTable(hashes), postingStart, postingUnits, weights, informative);
    }

    /// <summary>
    /// Makes neutral every unit that a unit of another source matches as <see cref="CopyFinder"/> would call a copy
    /// (<see cref="CopyThresholds.Default"/>): wording that two separately written reference texts share is the task's
    /// common material (a passage of the source text both quote, a formula the prompt invites), which any honest answer
    /// may use too, not a text's own words that only copying could reproduce. A unit found in one source only is unchanged.
    /// Its terms stay informative: only the shared wording is neutral, not the topic's words.
    /// </summary>
    private static void MarkSharedUnits(List<ReferenceUnit> units, int[] termIds, int[] unitStart, int[] postingStart, int[] postingUnits, float[] weights, bool[] informative, int vocabulary)
    {
        var thresholds = CopyThresholds.Default;
        var scores = new float[units.Count];
        var touched = new List<int>();
        var masks = new ulong[vocabulary];
        var marks = new int[vocabulary];
        var shared = new bool[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            var source = units[u].Source;
            if (source == Neutral || unitStart[u + 1] - unitStart[u] < thresholds.MinimumTerms)
            {
                continue;
            }

            touched.Clear();
            for (var k = unitStart[u]; k < unitStart[u + 1]; k++)
            {
                var id = termIds[k];
                for (var p = postingStart[id]; p < postingStart[id + 1]; p++)
                {
                    var other = postingUnits[p];
                    if (units[other].Source == Neutral || units[other].Source == source)
                    {
                        continue;
                    }

                    if (scores[other] == 0)
                    {
                        touched.Add(other);
                    }

                    scores[other] += weights[id];
                }
            }

            touched.Sort((a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
            for (var c = 0; c < Math.Min(2, touched.Count) && !shared[u]; c++)
            {
                var other = touched[c];
                if (Similarity(termIds, unitStart, u, other, masks) >= thresholds.CopiedAt
                    && SharedInformative(termIds, unitStart, u, other, informative, marks, u + 1) >= thresholds.MinimumSharedTerms)
                {
                    shared[u] = true;
                    shared[other] = true;
                }
            }

            foreach (var other in touched)
            {
                scores[other] = 0;
            }
        }

        for (var u = 0; u < units.Count; u++)
        {
            if (shared[u])
            {
                units[u] = units[u] with { Source = Neutral };
            }
        }
    }

    /// <summary>1 − the word edit distance between units <paramref name="a"/> and <paramref name="b"/> over the longer.</summary>
    private static double Similarity(int[] termIds, int[] unitStart, int a, int b, ulong[] masks)
    {
        var pattern = termIds.AsSpan(unitStart[a], unitStart[a + 1] - unitStart[a]);
        var text = termIds.AsSpan(unitStart[b], unitStart[b + 1] - unitStart[b]);
        for (var k = 0; k < pattern.Length; k++)
        {
            masks[pattern[k]] |= 1UL << k;
        }

        var distance = TermEditDistance.Distance(masks, pattern.Length, text);
        foreach (var id in pattern)
        {
            masks[id] = 0;
        }

        var longer = Math.Max(pattern.Length, text.Length);
        return longer == 0 ? 0 : 1.0 - ((double)distance / longer);
    }

    /// <summary>How many distinct informative terms units <paramref name="a"/> and <paramref name="b"/> share; <paramref name="marks"/> is scratch stamped with <paramref name="stamp"/>.</summary>
    private static int SharedInformative(int[] termIds, int[] unitStart, int a, int b, bool[] informative, int[] marks, int stamp)
    {
        for (var k = unitStart[a]; k < unitStart[a + 1]; k++)
        {
            if (informative[termIds[k]])
            {
                marks[termIds[k]] = stamp;
            }
        }

        var count = 0;
        for (var k = unitStart[b]; k < unitStart[b + 1]; k++)
        {
            if (marks[termIds[k]] == stamp)
            {
                marks[termIds[k]] = -stamp;
                count++;
            }
        }

        return count;
    }

    private static void AddUnits(EssayDocument document, Sentence sentence, int source, TermSequence terms, List<ReferenceUnit> units, List<(ulong, TermKind)[]> unitTerms)
    {
        terms.Clear();
        terms.Append(document.Text, document.Tokens, document.WordHashes, sentence.FirstToken, sentence.EndToken);
        var quote = document.Quote(sentence.Span).ReplaceLineEndings(" ");
        var cutter = new UnitCutter(terms.Breaks, 0, terms.Count);
        while (cutter.Next(out var first, out var end))
        {
            var piece = new (ulong, TermKind)[end - first];
            for (var k = first; k < end; k++)
            {
                piece[k - first] = (terms.Hashes[k], terms.Kinds[k]);
            }

            units.Add(new ReferenceUnit(source, quote));
            unitTerms.Add(piece);
        }
    }

    private static (int[] Start, int[] Units, float[] Weights) Postings(int unitCount, int vocabulary, int[] termIds, int[] unitStart, List<bool> isContent)
    {
        var lists = new List<int>[vocabulary];
        for (var u = 0; u < unitCount; u++)
        {
            for (var k = unitStart[u]; k < unitStart[u + 1]; k++)
            {
                var id = termIds[k];
                if (!isContent[id])
                {
                    continue;
                }

                var list = lists[id] ??= new List<int>(2);
                if (list.Count == 0 || list[^1] != u)
                {
                    list.Add(u);
                }
            }
        }

        var start = new int[vocabulary + 1];
        var units = new List<int>();
        var weights = new float[vocabulary];
        for (var id = 0; id < vocabulary; id++)
        {
            start[id] = units.Count;
            if (lists[id] is { } list)
            {
                units.AddRange(list);
                weights[id] = (float)Math.Log(1.0 + ((double)unitCount / list.Count));
            }
        }

        start[vocabulary] = units.Count;
        return (start, units.ToArray(), weights);
    }
}
