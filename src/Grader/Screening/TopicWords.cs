using Grader.Text;

namespace Grader.Screening;

/// <summary>
/// One essay's words as <see cref="TopicProfile"/> weighs them, token by token: whether each is a content word, its
/// stem, its weight (rarity in general English), whether it is specific (a name or a rare word) and whether the question's
/// reference texts or the question itself hold it. Made once per essay: padding (every sentence), topicality (every
/// paragraph, up to three passes) and restated questions all read the same words, and looking each up again was the
/// largest cost of screening (about 30 µs of an ASAP essay's 80 µs of screening, one thread).
/// </summary>
internal sealed class TopicWords
{
    private readonly ulong[] _stems;
    private readonly float[] _weights;
    private readonly WordFlags[] _flags;

    internal TopicWords(ulong[] stems, float[] weights, WordFlags[] flags)
    {
        _stems = stems;
        _weights = weights;
        _flags = flags;
    }

    [Flags]
    internal enum WordFlags : byte
    {
        None = 0,

        /// <summary>A word of three letters or more, not a stop word or frame word: the only kind weighed.</summary>
        Content = 1,

        /// <summary>A name or a word rare in general English.</summary>
        Specific = 2,

        /// <summary>The stem occurs in the question's reference texts.</summary>
        InReference = 4,

        /// <summary>The stem occurs in the question itself.</summary>
        InQuestion = 8,
    }

    /// <summary>
    /// Adds the weight of the specific words among tokens <paramref name="first"/> to <paramref name="end"/>, and of those
    /// in the reference texts (or in <paramref name="alsoOnTopic"/>); returns how many there were (leaving out words of the
    /// question when <paramref name="beyondQuestion"/>); adds the weight of every content word and of those in the
    /// reference to <paramref name="all"/> when given; collects the specific words outside the reference into
    /// <paramref name="collectBeyondReference"/> when given.
    /// </summary>
    public int Weigh(
        int first,
        int end,
        ref double weight,
        ref double onTopic,
        bool beyondQuestion = false,
        TopicProfile.WordWeights? all = null,
        HashSet<ulong>? alsoOnTopic = null,
        HashSet<ulong>? collectBeyondReference = null)
    {
        var count = 0;
        for (var i = first; i < end; i++)
        {
            var flags = _flags[i];
            if (flags == WordFlags.None || (beyondQuestion && (flags & WordFlags.InQuestion) != 0))
            {
                continue;
            }

            var value = (double)_weights[i];
            var inReference = (flags & WordFlags.InReference) != 0;
            if (all is not null)
            {
                all.Weight += value;
                all.OnTopic += inReference ? value : 0;
            }

            if ((flags & WordFlags.Specific) == 0)
            {
                continue;
            }

            count++;
            weight += value;
            if (inReference || (alsoOnTopic is not null && alsoOnTopic.Contains(_stems[i])))
            {
                onTopic += value;
            }
            else
            {
                collectBeyondReference?.Add(_stems[i]);
            }
        }

        return count;
    }
}
