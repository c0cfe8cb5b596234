using Grader.Tests.Support;
using Grader.Text;

namespace Grader.Tests.Text;

public sealed class TermSequenceTests
{
    [Fact]
    public void Append_CaseAndInflection_GiveTheSameTerms()
    {
        var plain = Terms("The treaty was signed and the loans were agreed.");
        var changed = Terms("THE TREATIES WAS SIGNING AND THE LOAN WERE AGREE.");

        Assert.Equal(plain.Hashes.ToArray(), changed.Hashes.ToArray());
    }

    [Fact]
    public void Append_ZeroWidthAndSoftHyphensInsideWords_AreJoinedBack()
    {
        var plain = Terms("Stalin granted Mao a loan in 1950.");
        var hidden = Terms("Sta\u200Blin gran\u00ADted M\u200Dao a lo\u2060an in 19\u200B50.");

        Assert.Equal(plain.Hashes.ToArray(), hidden.Hashes.ToArray());
        Assert.Equal(plain.Kinds.ToArray(), hidden.Kinds.ToArray());
    }

    [Fact]
    public void Append_Words_AreClassedAsContentFunctionOrNumber()
    {
        var terms = Terms("The loan of 1950 was crucial.");

        Assert.Equal(new[] { TermKind.Function, TermKind.Content, TermKind.Function, TermKind.Number, TermKind.Function, TermKind.Content }, terms.Kinds.ToArray());
    }

    [Fact]
    public void Append_SentenceMarks_BreakBeforeTheNextTermWhateverItsCase()
    {
        var terms = Terms("first part. second part! third? fourth");

        Assert.Equal(new[] { false, false, true, false, true, true }, terms.Breaks.ToArray());
    }

    [Fact]
    public void Append_PunctuationAndVisibleSymbols_DoNotJoinWords()
    {
        var joined = Terms("Sino-Soviet");

        Assert.Equal(2, joined.Count);
    }

    private static TermSequence Terms(string text)
    {
        var document = BundledScheme.Analyze(text);
        var terms = new TermSequence();
        terms.Append(document.Text, document.Tokens, document.WordHashes, 0, document.Tokens.Length);
        return terms;
    }
}
