using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Finds the sentences of an essay copied from a <see cref="CopyReference"/>, disguised or not. Each sentence (cut into
/// units like the reference's) is compared with the few reference units that share the most telling content terms
/// with it, by word edit distance over stemmed terms: swapping a word for a synonym or another word costs one edit, so
/// a sentence with every third word changed keeps two thirds of its similarity, while two honest sentences about the
/// same fact, worded each in its own way, need many insertions and deletions to line up. Units next to a copied unit
/// are also compared with the next reference unit (copies keep their order, so a sentence whose words were nearly all
/// swapped is still found beside its neighbours), and two units side by side are compared with one (and one with two)
/// so that joining or splitting sentences does not hide a copy. Linear in the essay's length for a given reference.
/// </summary>
internal static class CopyFinder
{
    /// <summary>Below this, a unit is too unlike a reference unit for joined or split sentences to be worth trying.</summary>
    private const double WorthJoiningAt = 0.25;

    /// <summary>How many candidate reference units each essay unit is compared with.</summary>
    private const int Candidates = 2;

    /// <summary>Finds what the prose of <paramref name="document"/> copies from <paramref name="reference"/>.</summary>
    public static CopyFindings Find(EssayDocument document, CopyReference reference, CopyThresholds? thresholds = null)
    {
        thresholds ??= CopyThresholds.Default;
        if (reference.IsEmpty || document.Paragraphs.Count == 0)
        {
            return CopyFindings.None;
        }

        var scratch = CopyScratch.For(reference);
        ReadUnits(document, reference, scratch);
        for (var unit = 0; unit < scratch.UnitCount; unit++)
        {
            CompareWithCandidates(reference, scratch, unit, thresholds);
        }

        Extend(reference, scratch, thresholds);
        return Collect(document, reference, scratch, thresholds);
    }

    /// <summary>Reads the terms of every prose sentence, cuts them into units and looks up their ids.</summary>
    private static void ReadUnits(EssayDocument document, CopyReference reference, CopyScratch scratch)
    {
        var terms = scratch.Terms;
        var paragraphs = document.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            for (var s = paragraphs[p].FirstSentence; s < paragraphs[p].EndSentence; s++)
            {
                var sentence = document.Sentences[s];
                var first = terms.Count;
                terms.Append(document.Text, document.Tokens, document.WordHashes, sentence.FirstToken, sentence.EndToken);
                var cutter = new UnitCutter(terms.Breaks, first, terms.Count);
                while (cutter.Next(out var unitFirst, out var unitEnd))
                {
                    scratch.AddUnit(unitFirst, unitEnd, s);
                }
            }
        }

        scratch.EnsureTerms(terms.Count);
        var hashes = terms.Hashes;
        var ids = scratch.Ids;
        var vocabulary = reference.Vocabulary;
        for (var k = 0; k < hashes.Length; k++)
        {
            ids[k] = vocabulary.Find(hashes[k]);
        }
    }

    /// <summary>Compares a unit with the reference units that share the most weight of content terms with it.</summary>
    private static void CompareWithCandidates(CopyReference reference, CopyScratch scratch, int unit, CopyThresholds thresholds)
    {
        var scores = scratch.Scores;
        var touched = scratch.Touched;
        var seenIn = scratch.SeenIn;
        var weights = reference.Weights;
        touched.Clear();
        var ids = scratch.Ids.AsSpan(scratch.UnitFirst[unit], scratch.UnitEnd[unit] - scratch.UnitFirst[unit]);
        foreach (var id in ids)
        {
            if (id < 0 || weights[id] == 0 || seenIn[id] == unit)
            {
                continue;
            }

            seenIn[id] = unit;
            foreach (var candidate in reference.PostingsOf(id))
            {
                if (scores[candidate] == 0)
                {
                    touched.Add(candidate);
                }

                scores[candidate] += weights[id];
            }
        }

        for (var c = 0; c < Candidates; c++)
        {
            var best = -1;
            foreach (var candidate in touched)
            {
                if (scores[candidate] > 0 && (best < 0 || scores[candidate] > scores[best] || (scores[candidate] == scores[best] && candidate < best)))
                {
                    best = candidate;
                }
            }

            if (best < 0)
            {
                break;
            }

            scores[best] = -scores[best];
            Consider(reference, scratch, unit, best, thresholds);
        }

        // A unit that matches is also held against every question sentence it shares a word with, even one outside the
        // best candidates (twenty model essays that each restate the question crowd the question out of them): a unit
        // as like the question as like its match, or restating the question, copies nothing.
        if (scratch.Similarity[unit] >= thresholds.CopiedAt)
        {
            foreach (var candidate in touched)
            {
                if (scores[candidate] > 0 && reference.Units[candidate].Source == CopyReference.Neutral)
                {
                    Consider(reference, scratch, unit, candidate, thresholds);
                }
            }
        }

        foreach (var candidate in touched)
        {
            scores[candidate] = 0;
        }
    }

    /// <summary>
    /// Copies keep their order: the unit after a copied unit is compared with the reference unit after its match, and
    /// the unit before with the one before, so that a unit with too few words left to be found by its content terms is
    /// still found between copied neighbours.
    /// </summary>
    private static void Extend(CopyReference reference, CopyScratch scratch, CopyThresholds thresholds)
    {
        for (var unit = 0; unit + 1 < scratch.UnitCount; unit++)
        {
            var match = scratch.Match[unit];
            if (IsMatch(scratch, unit, thresholds) && reference.Adjacent(match) && !IsMatch(scratch, unit + 1, thresholds))
            {
                Consider(reference, scratch, unit + 1, match + 1, thresholds, sequential: true);
            }
        }

        for (var unit = scratch.UnitCount - 1; unit > 0; unit--)
        {
            var match = scratch.Match[unit];
            if (IsMatch(scratch, unit, thresholds) && reference.Adjacent(match - 1) && !IsMatch(scratch, unit - 1, thresholds))
            {
                Consider(reference, scratch, unit - 1, match - 1, thresholds, sequential: true);
            }
        }
    }

    /// <summary>Compares essay unit <paramref name="unit"/> with reference unit <paramref name="candidate"/> and keeps the result if it is the best so far.</summary>
    private static void Consider(CopyReference reference, CopyScratch scratch, int unit, int candidate, CopyThresholds thresholds, bool sequential = false)
    {
        var similarity = Compare(reference, scratch, unit, candidate, thresholds.CopiedAt);
        if (reference.Units[candidate].Source == CopyReference.Neutral)
        {
            scratch.NeutralSimilarity[unit] = Math.Max(scratch.NeutralSimilarity[unit], similarity);
        }
        else if (sequential ? similarity >= thresholds.NeighbourCopiedAt : similarity > scratch.Similarity[unit])
        {
            var shared = sequential ? 0 : SharedInformative(reference, scratch, unit, candidate);
            if (!sequential && similarity >= thresholds.CopiedAt && shared < thresholds.MinimumSharedTerms)
            {
                return;
            }

            scratch.SharedTerms[unit] = shared;
            scratch.Similarity[unit] = similarity;
            scratch.Match[unit] = candidate;
            scratch.Sequential[unit] = sequential;
        }
    }

    /// <summary>The similarity of a unit to a reference unit; for a near miss, also of the unit with a neighbour, or to the reference unit with a neighbour (sentences joined or split).</summary>
    private static double Compare(CopyReference reference, CopyScratch scratch, int unit, int candidate, double copiedAt)
    {
        var single = Similarity(reference, scratch, unit, unit, candidate, candidate);
        if (single >= copiedAt || single < WorthJoiningAt)
        {
            return single;
        }

        var best = single;
        if (reference.Adjacent(candidate))
        {
            best = Math.Max(best, Similarity(reference, scratch, unit, unit, candidate, candidate + 1));
        }

        if (reference.Adjacent(candidate - 1))
        {
            best = Math.Max(best, Similarity(reference, scratch, unit, unit, candidate - 1, candidate));
        }

        if (unit + 1 < scratch.UnitCount)
        {
            best = Math.Max(best, Similarity(reference, scratch, unit, unit + 1, candidate, candidate));
        }

        if (unit > 0)
        {
            best = Math.Max(best, Similarity(reference, scratch, unit - 1, unit, candidate, candidate));
        }

        return best;
    }

    /// <summary>1 − the edit distance between essay units [<paramref name="firstUnit"/>..<paramref name="lastUnit"/>] and reference units [<paramref name="firstCandidate"/>..<paramref name="lastCandidate"/>] over the longer.</summary>
    private static double Similarity(CopyReference reference, CopyScratch scratch, int firstUnit, int lastUnit, int firstCandidate, int lastCandidate)
    {
        var pattern = scratch.Pattern.AsSpan();
        var patternLength = 0;
        for (var u = firstUnit; u <= lastUnit; u++)
        {
            var ids = scratch.Ids.AsSpan(scratch.UnitFirst[u], scratch.UnitEnd[u] - scratch.UnitFirst[u]);
            ids.CopyTo(pattern[patternLength..]);
            patternLength += ids.Length;
        }

        var text = scratch.Text.AsSpan();
        var textLength = 0;
        for (var c = firstCandidate; c <= lastCandidate; c++)
        {
            var ids = reference.TermsOf(c);
            ids.CopyTo(text[textLength..]);
            textLength += ids.Length;
        }

        var masks = scratch.Masks;
        for (var k = 0; k < patternLength; k++)
        {
            if (pattern[k] >= 0)
            {
                masks[pattern[k]] |= 1UL << k;
            }
        }

        var distance = TermEditDistance.Distance(masks, patternLength, text[..textLength]);
        for (var k = 0; k < patternLength; k++)
        {
            if (pattern[k] >= 0)
            {
                masks[pattern[k]] = 0;
            }
        }

        var longer = Math.Max(patternLength, textLength);
        return longer == 0 ? 0 : 1.0 - ((double)distance / longer);
    }

    /// <summary>How many distinct informative terms essay unit <paramref name="unit"/> and reference unit <paramref name="candidate"/> share (with their neighbours, which joined sentences may have moved terms to).</summary>
    private static int SharedInformative(CopyReference reference, CopyScratch scratch, int unit, int candidate)
    {
        var marks = scratch.Marks;
        var informative = reference.Informative;
        var inUnit = scratch.NextMark();
        var counted = inUnit + 1;
        foreach (var id in scratch.Ids.AsSpan(scratch.UnitFirst[unit], scratch.UnitEnd[unit] - scratch.UnitFirst[unit]))
        {
            if (id >= 0 && informative[id])
            {
                marks[id] = inUnit;
            }
        }

        var shared = 0;
        foreach (var id in reference.TermsOf(candidate))
        {
            if (marks[id] == inUnit)
            {
                marks[id] = counted;
                shared++;
            }
        }

        return shared;
    }

    private static bool IsMatch(CopyScratch scratch, int unit, CopyThresholds thresholds) =>
        scratch.Similarity[unit] >= (scratch.Sequential[unit] ? thresholds.NeighbourCopiedAt : thresholds.CopiedAt)
        && scratch.Similarity[unit] > scratch.NeutralSimilarity[unit]
        && (scratch.Sequential[unit] || scratch.NeutralSimilarity[unit] < thresholds.CopiedAt || scratch.SharedTerms[unit] >= thresholds.MinimumSharedTermsRestatingQuestion);

    /// <summary>Whether a unit counts as copied: a match, long enough to stand alone or with a neighbour copied from the neighbouring reference unit.</summary>
    private static bool IsCopied(CopyReference reference, CopyScratch scratch, int unit, CopyThresholds thresholds)
    {
        if (!IsMatch(scratch, unit, thresholds))
        {
            return false;
        }

        if (scratch.UnitEnd[unit] - scratch.UnitFirst[unit] >= thresholds.MinimumTerms)
        {
            return true;
        }

        var match = scratch.Match[unit];
        return (unit > 0 && IsMatch(scratch, unit - 1, thresholds) && scratch.Match[unit - 1] == match - 1 && reference.Adjacent(match - 1))
            || (unit + 1 < scratch.UnitCount && IsMatch(scratch, unit + 1, thresholds) && scratch.Match[unit + 1] == match + 1 && reference.Adjacent(match));
    }

    /// <summary>Turns the copied units into copied sentences (a sentence is copied when most of its terms are) and the copied share.</summary>
    private static CopyFindings Collect(EssayDocument document, CopyReference reference, CopyScratch scratch, CopyThresholds thresholds)
    {
        var total = 0;
        var copied = 0;
        List<SentenceCopy>? sentences = null;
        var inOrder = 0;
        var previousMatch = -1;
        var unit = 0;
        while (unit < scratch.UnitCount)
        {
            var sentence = scratch.UnitSentence[unit];
            var sentenceTerms = 0;
            var sentenceCopied = 0;
            var best = -1;
            for (; unit < scratch.UnitCount && scratch.UnitSentence[unit] == sentence; unit++)
            {
                var terms = scratch.UnitEnd[unit] - scratch.UnitFirst[unit];
                sentenceTerms += terms;
                if (IsCopied(reference, scratch, unit, thresholds))
                {
                    sentenceCopied += terms;
                    if (best < 0 || scratch.Similarity[unit] > scratch.Similarity[best])
                    {
                        best = unit;
                    }
                }
            }

            total += sentenceTerms;
            copied += sentenceCopied;
            if (best < 0 || sentenceCopied * 2 < sentenceTerms)
            {
                continue;
            }

            var match = scratch.Match[best];
            var source = reference.Units[match];
            if (previousMatch >= 0 && match > previousMatch && reference.Units[previousMatch].Source == source.Source)
            {
                inOrder++;
            }

            previousMatch = match;
            sentences ??= new List<SentenceCopy>();
            sentences.Add(new SentenceCopy(sentence, document.Sentences[sentence].Span, reference.SourceNames[source.Source], source.Sentence, Math.Round(scratch.Similarity[best], 3)));
        }

        return sentences is null || total == 0 ? CopyFindings.None : new CopyFindings(sentences, (double)copied / total, inOrder);
    }
}
