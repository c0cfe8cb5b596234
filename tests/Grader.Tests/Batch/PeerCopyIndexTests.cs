using Grader.Batch;
using Grader.Tests.Checks;
using Grader.Tests.Support;
using Grader.Text;

namespace Grader.Tests.Batch;

public sealed class PeerCopyIndexTests
{
    private static PeerCopies Find(params string[] texts) => Find(1, texts);

    private static PeerCopies Find(int threads, params string[] texts)
    {
        var index = new PeerCopyIndex();
        var terms = new TermSequence();
        var signature = new ushort[PeerSignature.Bins];
        for (var i = 0; i < texts.Length; i++)
        {
            var shingles = PeerSignature.Compute(texts[i], terms, signature);
            index.Add(i + 1, "R" + (i + 1), signature, shingles);
        }

        return index.Find(threads);
    }

    private static string[] HonestScripts() => ScriptsCsv.Read().Select(s => s.Text).ToArray();

    [Fact]
    public void Find_SameScriptUnderTwoIds_BothNameEachOther()
    {
        var scripts = HonestScripts();

        var peers = Find([.. scripts, scripts[3]]);

        Assert.Equal(1, peers.GroupCount);
        Assert.Equal("R13", Assert.Single(peers.For(4)!.Named).Id);
        Assert.Equal("R4", Assert.Single(peers.For(13)!.Named).Id);
        Assert.Equal(1.0, peers.For(13)!.Named[0].Similarity);
        Assert.All(Enumerable.Range(1, 12).Where(r => r != 4), r => Assert.Null(peers.For(r)));
    }

    [Fact]
    public void Find_LightlyEditedCopyWithSentencesReordered_Found()
    {
        var words = CopyTexts.Model.Split(' ');
        words[40] = "plainly";
        words[120] = "wholly";
        var edited = CopyTexts.Reordered(string.Join(' ', words));

        var peers = Find([CopyTexts.Honest[0], CopyTexts.Model, CopyTexts.Honest[1], edited]);

        var match = peers.For(4)!;
        Assert.Equal("R2", Assert.Single(match.Named).Id);
        Assert.True(match.Named[0].Similarity is >= PeerCopyIndex.SimilarAt and < 1);
    }

    [Fact]
    public void Find_HonestScriptsOnOneQuestion_NoGroup()
    {
        var peers = Find([.. HonestScripts(), .. CopyTexts.Honest, CopyTexts.Model, .. Essays.Names().Select(Essays.Read)]);

        Assert.Equal(0, peers.GroupCount);
    }

    [Fact]
    public void Find_ThreeWayCopy_EachNamesBothOthers()
    {
        var scripts = HonestScripts();

        var peers = Find([scripts[0], scripts[5], scripts[1], scripts[5].ToUpperInvariant(), scripts[2], scripts[5]]);

        Assert.Equal(new[] { "R4", "R6" }, peers.For(2)!.Named.Select(n => n.Id));
        Assert.Equal(new[] { "R2", "R6" }, peers.For(4)!.Named.Select(n => n.Id));
        Assert.Equal(new[] { "R2", "R4" }, peers.For(6)!.Named.Select(n => n.Id));
        Assert.Equal(0, peers.For(6)!.Others);
    }

    [Fact]
    public void Find_ManyCopies_NamesAFewAndCountsTheRest()
    {
        var copies = Enumerable.Repeat(CopyTexts.Model, 30).ToArray();

        var peers = Find(copies);

        var match = peers.For(1)!;
        Assert.Equal(PeerCopies.MaxNamed, match.Named.Count);
        Assert.Equal(29 - PeerCopies.MaxNamed, match.Others);
        Assert.Equal(new[] { "R2", "R3", "R4", "R5", "R6" }, match.Named.Select(n => n.Id));
    }

    [Fact]
    public void Find_TooShortScripts_LeftOut()
    {
        var peers = Find("The treaty mattered.", "The treaty mattered.");

        Assert.Equal(0, peers.GroupCount);
    }

    [Fact]
    public void Add_RowsOutOfOrder_Throws()
    {
        var index = new PeerCopyIndex();
        index.Add(5, "a", new ushort[PeerSignature.Bins], 20);

        Assert.Throws<ArgumentException>(() => index.Add(5, "b", new ushort[PeerSignature.Bins], 20));
    }

    [Fact]
    public void Find_SameInputTwice_SameGroups()
    {
        string[] texts = [.. HonestScripts(), HonestScripts()[2], CopyTexts.Model, CopyTexts.Model.ToLowerInvariant()];

        var first = Find(texts);
        var second = Find(texts);

        Assert.All(Enumerable.Range(1, texts.Length), row => Assert.Equal(first.For(row)?.Named, second.For(row)?.Named));
    }

    [Fact]
    public void Find_OnSeveralThreads_SameGroupsAsOnOne()
    {
        var words = CopyTexts.Model.Split(' ');
        words[30] = "plainly";
        string[] texts =
        [
            .. HonestScripts(), HonestScripts()[2], CopyTexts.Model, string.Join(' ', words), CopyTexts.Reordered(CopyTexts.Model),
            .. CopyTexts.Honest, HonestScripts()[7].ToUpperInvariant(), .. Essays.Names().Select(Essays.Read),
        ];

        var one = Find(1, texts);
        var four = Find(4, texts);

        Assert.True(one.GroupCount >= 3);
        Assert.Equal(one.GroupCount, four.GroupCount);
        Assert.Equal(one.ScriptCount, four.ScriptCount);
        Assert.All(Enumerable.Range(1, texts.Length), row => Assert.Equal(one.For(row)?.Named, four.For(row)?.Named));
    }
}
