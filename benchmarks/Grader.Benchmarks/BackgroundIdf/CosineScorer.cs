namespace Grader.Benchmarks.BackgroundIdf;

/// <summary>
/// TF-IDF cosines of scripts to reference texts, weighted as the similarity model weighs them (raw term counts times
/// IDF; the word family and the character family each L2-normalised, then the two together), with the IDF of an
/// <see cref="IdfScheme"/>. Several references are averaged into one centroid.
/// </summary>
internal static class CosineScorer
{
    /// <summary>The cosine of each script with the centroid of the reference texts' vectors.</summary>
    /// <param name="targets">The term counts of each reference text (a model essay, or each best-marked essay).</param>
    /// <param name="idfDocuments">The documents <see cref="IdfScheme.ReferenceOnly"/> and <see cref="IdfScheme.ReferenceSentences"/> count in: the reference texts' paragraphs or sentences.</param>
    public static double[] Score(
        TermSpace space,
        IReadOnlyList<Dictionary<int, int>> targets,
        IReadOnlyList<Dictionary<int, int>> idfDocuments,
        IReadOnlyList<Dictionary<int, int>> scripts,
        IdfScheme scheme)
    {
        var referenceDf = DocumentFrequencies(idfDocuments);
        var targetDf = DocumentFrequencies(targets);
        var scriptDf = DocumentFrequencies(scripts);
        Func<int, double> idf = scheme switch
        {
            IdfScheme.ReferenceOnly or IdfScheme.ReferenceSentences => id => Math.Log(idfDocuments.Count / (double)Math.Max(1, referenceDf.GetValueOrDefault(id))),
            IdfScheme.ReferenceSentencesTimesBackground => id =>
                Math.Log(idfDocuments.Count / (double)Math.Max(1, referenceDf.GetValueOrDefault(id))) * space.Background.Idf(space.BackgroundFrequency(id)),
            IdfScheme.Background or IdfScheme.BackgroundAllTerms => id => space.Background.Idf(space.BackgroundFrequency(id)),
            IdfScheme.BackgroundPlusOne => id => 1 + space.Background.Idf(space.BackgroundFrequency(id)),
            IdfScheme.BackgroundAndBatch or IdfScheme.BackgroundAndBatchAllTerms =>
                id => space.Background.Idf(space.BackgroundFrequency(id), scripts.Count, scriptDf.GetValueOrDefault(id)),
            IdfScheme.BatchAllTerms => id =>
                Math.Log((1.0 + targets.Count + scripts.Count) / (1.0 + targetDf.GetValueOrDefault(id) + scriptDf.GetValueOrDefault(id))) + 1,
            _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
        };
        var keep = scheme is IdfScheme.BackgroundAllTerms or IdfScheme.BackgroundAndBatchAllTerms or IdfScheme.BatchAllTerms
            ? null
            : targetDf.Keys.ToHashSet();

        var target = new Dictionary<int, double>();
        foreach (var counts in targets)
        {
            foreach (var (id, weight) in Vectorize(space, counts, idf, keep))
            {
                target[id] = target.GetValueOrDefault(id) + (weight / targets.Count);
            }
        }

        var targetNorm = Math.Sqrt(target.Values.Sum(v => v * v));
        var cosines = new double[scripts.Count];
        for (var s = 0; s < scripts.Count; s++)
        {
            var vector = Vectorize(space, scripts[s], idf, keep);
            var dot = 0.0;
            foreach (var (id, weight) in vector)
            {
                dot += weight * target.GetValueOrDefault(id);
            }

            cosines[s] = targetNorm > 0 && vector.Count > 0 ? dot / targetNorm : 0;
        }

        return cosines;
    }

    /// <summary>The unit vector of <paramref name="counts"/>: each family normalised, then both together (a zero family stays zero).</summary>
    private static Dictionary<int, double> Vectorize(TermSpace space, Dictionary<int, int> counts, Func<int, double> idf, HashSet<int>? keep)
    {
        var vector = new Dictionary<int, double>(counts.Count);
        double wordNorm = 0, charNorm = 0;
        foreach (var (id, count) in counts)
        {
            if (keep is not null && !keep.Contains(id))
            {
                continue;
            }

            var weight = count * idf(id);
            if (weight == 0)
            {
                continue;
            }

            vector[id] = weight;
            if (space.IsCharGram(id))
            {
                charNorm += weight * weight;
            }
            else
            {
                wordNorm += weight * weight;
            }
        }

        wordNorm = Math.Sqrt(wordNorm);
        charNorm = Math.Sqrt(charNorm);
        var families = (wordNorm > 0 ? 1 : 0) + (charNorm > 0 ? 1 : 0);
        foreach (var id in vector.Keys.ToArray())
        {
            vector[id] /= (space.IsCharGram(id) ? charNorm : wordNorm) * Math.Sqrt(families);
        }

        return vector;
    }

    private static Dictionary<int, int> DocumentFrequencies(IReadOnlyList<Dictionary<int, int>> documents)
    {
        var df = new Dictionary<int, int>();
        foreach (var document in documents)
        {
            foreach (var id in document.Keys)
            {
                df[id] = df.GetValueOrDefault(id) + 1;
            }
        }

        return df;
    }
}
