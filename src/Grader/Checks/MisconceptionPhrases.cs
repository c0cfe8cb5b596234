using Grader.Rubrics;
using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Every phrase of every misconception in one trie, so one pass over a sentence tells which groups it fills. Each
/// "all of" group and each "none of" list is a slot; a phrase may fill several slots.
/// </summary>
internal sealed class MisconceptionPhrases
{
    private readonly PhraseSet _phrases;
    private readonly int[][] _slotsOfPhrase;

    /// <summary>True when some rule has no "all of" group, so that a sentence without any phrase may still make it.</summary>
    private readonly bool _ruleWithoutPhrases;

    private MisconceptionPhrases(PhraseSet phrases, int[][] slotsOfPhrase, int slotCount, IReadOnlyList<MisconceptionRule> rules)
    {
        _phrases = phrases;
        _slotsOfPhrase = slotsOfPhrase;
        _ruleWithoutPhrases = rules.Any(rule => rule.AllOfSlots.Length == 0);
        SlotCount = slotCount;
        Rules = rules;
    }

    public int SlotCount { get; }

    public IReadOnlyList<MisconceptionRule> Rules { get; }

    public static MisconceptionPhrases Compile(Lexicon lexicon, IReadOnlyList<Misconception> misconceptions)
    {
        var phraseIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var slots = new List<List<int>>();
        var rules = new List<MisconceptionRule>(misconceptions.Count);
        var slotCount = 0;
        void Fill(IEnumerable<string> phrases, int slot)
        {
            foreach (var phrase in phrases)
            {
                if (!phraseIndex.TryGetValue(phrase, out var index))
                {
                    index = phraseIndex.Count;
                    phraseIndex.Add(phrase, index);
                    slots.Add(new List<int>(1));
                }

                slots[index].Add(slot);
            }
        }

        foreach (var misconception in misconceptions)
        {
            var allOf = new int[misconception.AllOf.Count];
            for (var g = 0; g < allOf.Length; g++)
            {
                allOf[g] = slotCount++;
                Fill(misconception.AllOf[g], allOf[g]);
            }

            var noneOf = -1;
            if (misconception.NoneOf.Count > 0)
            {
                noneOf = slotCount++;
                Fill(misconception.NoneOf, noneOf);
            }

            rules.Add(new MisconceptionRule(misconception, allOf, noneOf));
        }

        var set = PhraseSet.Compile(lexicon, phraseIndex.Select(pair => (pair.Key, pair.Value)));
        return new MisconceptionPhrases(set, slots.Select(s => s.ToArray()).ToArray(), slotCount, rules);
    }

    /// <summary>
    /// Marks in <paramref name="filled"/> (length <see cref="SlotCount"/>) every slot that the tokens fill, using
    /// <paramref name="found"/> as scratch; false when no rule can be made (most sentences fill no slot).
    /// </summary>
    public bool Fill(ReadOnlySpan<Token> tokens, int first, int end, Span<bool> filled, List<int> found)
    {
        found.Clear();
        _phrases.CollectValues(tokens, first, end, found);
        filled.Clear();
        if (found.Count == 0 && !_ruleWithoutPhrases)
        {
            return false;
        }

        foreach (var phrase in found)
        {
            foreach (var slot in _slotsOfPhrase[phrase])
            {
                filled[slot] = true;
            }
        }

        return true;
    }
}
