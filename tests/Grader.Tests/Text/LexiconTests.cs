using Grader.Text;

namespace Grader.Tests.Text;

public sealed class LexiconTests
{
    private static readonly string[] Words = ["Stalin", "five", "year", "ſtate", "Café", "naïve", "Mao", "ı", "K", "Straße"];

    private static readonly string[] Probes =
        ["stalin", "STALIN", "Stalin", "stalins", "FIVE", "Year", "state", "STATE", "ſtate", "ſTATE", "café", "CAFÉ", "cafe", "NAÏVE", "naive", "mao", "MAO", "i", "I", "ı", "k", "\u212A", "strasse", "STRASSE", "straße", "unknown", "", "x"];

    [Fact]
    public void Lookup_EveryProbe_SameIdAsAnOrdinalIgnoreCaseDictionary()
    {
        var lexicon = Lexicon.Build(Words);
        var expected = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in Words)
        {
            expected.TryAdd(word, expected.Count);
        }

        foreach (var probe in Probes)
        {
            Assert.Equal(expected.TryGetValue(probe, out var id) ? id : Lexicon.Unknown, lexicon.Lookup(probe));
        }
    }

    [Fact]
    public void Lookup_ManyWords_EachFoundUnderItsOwnId()
    {
        var words = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var lexicon = Lexicon.Build(words);

        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(i, lexicon.Lookup(words[i].ToUpperInvariant()));
        }

        Assert.Equal(Lexicon.Unknown, lexicon.Lookup("w5000"));
    }

    [Fact]
    public void Tokenize_WordHashes_CaseInsensitiveAndZeroForSymbols()
    {
        var tokens = EssayTokenizer.Tokenize("Stalin, STALIN café CAFÉ", Lexicon.Build(Words), out var hashes);

        Assert.Equal(tokens.Length, hashes.Length);
        Assert.Equal(0UL, hashes[1]);
        Assert.Equal(hashes[0], hashes[2]);
        Assert.Equal(hashes[3], hashes[4]);
        Assert.Equal(WordHash.Of("stalin"), hashes[0]);
    }
}
