using Grader.Calibration;

namespace Grader.Tests.Calibration;

public sealed class CharacterNgramsTests
{
    private static readonly string[] Texts =
    [
        "The builders faced wind at the top of the mast.",
        "The bulders faced strong wind at the top.",
        "Dirigibles could not dock because of the wind.",
        "Nothing in common here, zebra quartz.",
    ];

    private static CharacterNgrams Fitted() => CharacterNgrams.Fit(Texts.Select(TokenizedText.Of).ToArray());

    [Fact]
    public void Vectorize_SameText_SameVectorAndUnitLength()
    {
        var ngrams = Fitted();

        var first = ngrams.Vectorize(Texts[0]);
        var second = Fitted().Vectorize(Texts[0]);

        Assert.Equal(first.Indices.ToArray(), second.Indices.ToArray());
        Assert.Equal(first.Values.ToArray(), second.Values.ToArray());
        Assert.Equal(1, first.Norm, 5);
    }

    [Fact]
    public void Vectorize_AMisspelling_StillSharesMostOfItsNgrams()
    {
        var ngrams = Fitted();

        var correct = ngrams.Vectorize("the builders faced wind");
        var misspelt = ngrams.Vectorize("the bulders faced wind");
        var unrelated = ngrams.Vectorize("dirigibles could not dock");

        Assert.True(Cosine(correct, misspelt) > 0.7, $"cosine {Cosine(correct, misspelt):0.000}");
        Assert.True(Cosine(correct, unrelated) < 0.3, $"cosine {Cosine(correct, unrelated):0.000}");
    }

    [Fact]
    public void Vectorize_NgramsOnlyOneScriptUsed_AreIgnored()
    {
        var ngrams = Fitted();

        Assert.True(ngrams.Vectorize("xyzzy qwvk").IsEmpty);
    }

    private static double Cosine(Grader.Similarity.SparseVector a, Grader.Similarity.SparseVector b)
    {
        var map = new Dictionary<int, float>();
        for (var k = 0; k < a.Count; k++)
        {
            map[a.Indices[k]] = a.Values[k];
        }

        double dot = 0;
        for (var k = 0; k < b.Count; k++)
        {
            dot += map.GetValueOrDefault(b.Indices[k]) * b.Values[k];
        }

        return dot / (a.Norm * b.Norm);
    }
}
