namespace Grader.Text;

/// <summary>A prose paragraph: its span and its sentences (<see cref="FirstSentence"/> up to, not including, <see cref="EndSentence"/>).</summary>
internal sealed record Paragraph(int Index, TextSpan Span, int FirstSentence, int EndSentence, int WordCount)
{
    public int SentenceCount => EndSentence - FirstSentence;
}
