using Grader.Batch;
using Grader.Tests.Checks;
using Grader.Tests.Support;
using Grader.Text;

namespace Grader.Tests.Batch;

public sealed class PeerSignatureTests
{
    private static (ushort[] Signature, int Shingles) Sign(string text)
    {
        var signature = new ushort[PeerSignature.Bins];
        var shingles = PeerSignature.Compute(text, new TermSequence(), signature);
        return (signature, shingles);
    }

    [Fact]
    public void Compute_CaseHiddenCharactersAndSentenceOrder_GiveTheSameSignature()
    {
        var plain = Sign(CopyTexts.Model);

        Assert.Equal(plain.Signature, Sign(CopyTexts.Model.ToUpperInvariant()).Signature);
        Assert.Equal(plain.Signature, Sign(CopyTexts.ZeroWidthInWords(CopyTexts.Model)).Signature);
        Assert.Equal(plain.Signature, Sign(CopyTexts.Reordered(CopyTexts.Model)).Signature);
        Assert.True(plain.Shingles > 100);
    }

    [Fact]
    public void Agreement_AFewWordsChanged_StaysAboveTheNearDuplicateLine()
    {
        var words = CopyTexts.Model.Split(' ');
        foreach (var at in new[] { 17, 90, 160, 230 })
        {
            words[at] = "altered";
        }

        var agreement = PeerSignature.Agreement(Sign(CopyTexts.Model).Signature, Sign(string.Join(' ', words)).Signature);

        Assert.True(agreement >= PeerCopyIndex.SimilarAt, $"agreement {agreement:P0}");
    }

    [Fact]
    public void Agreement_HonestAnswersToOneQuestion_StayFarBelowTheLine()
    {
        var texts = CopyTexts.Honest.Append(CopyTexts.Model).Concat(ScriptsCsv.Read().Select(s => s.Text)).ToArray();
        var signatures = texts.Select(t => Sign(t).Signature).ToArray();

        for (var i = 0; i < signatures.Length; i++)
        {
            for (var j = i + 1; j < signatures.Length; j++)
            {
                Assert.True(PeerSignature.Agreement(signatures[i], signatures[j]) < 0.35, $"texts {i} and {j}");
            }
        }
    }

    [Fact]
    public void Compute_TextWithoutTwoContentWordsInASentence_HasNoShingles()
    {
        var (signature, shingles) = Sign("Yes. No! Maybe?");

        Assert.Equal(0, shingles);
        Assert.All(signature, value => Assert.Equal(PeerSignature.Empty, value));
    }

    [Fact]
    public void Compute_WrongSignatureLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => PeerSignature.Compute("text", new TermSequence(), new ushort[3]));
    }

    [Fact]
    public void Agreement_IsTheShareOfEqualBinsAmongThoseEitherUses()
    {
        // Random halves with empty bins among them, compared with the definition computed here one bin at a time.
        var random = new Random(7);
        for (var trial = 0; trial < 500; trial++)
        {
            var one = new ushort[PeerSignature.Bins];
            var other = new ushort[PeerSignature.Bins];
            for (var bin = 0; bin < PeerSignature.Bins; bin++)
            {
                one[bin] = random.Next(4) == 0 ? PeerSignature.Empty : (ushort)random.Next(3);
                other[bin] = random.Next(4) == 0 ? PeerSignature.Empty : random.Next(2) == 0 ? one[bin] : (ushort)random.Next(3);
            }

            Assert.Equal(Expected(one[..PeerSignature.HalfBins], other[..PeerSignature.HalfBins]), PeerSignature.Agreement(one, other));
            Assert.Equal(Expected(one[PeerSignature.HalfBins..], other[PeerSignature.HalfBins..]), PeerSignature.ShapeAgreement(one, other));
        }

        static double Expected(ushort[] one, ushort[] other)
        {
            var used = Enumerable.Range(0, one.Length).Where(i => one[i] != PeerSignature.Empty || other[i] != PeerSignature.Empty).ToArray();
            return used.Length == 0 ? 0 : used.Count(i => one[i] == other[i]) / (double)used.Length;
        }
    }
}
