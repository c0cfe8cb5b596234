namespace Grader.Text;

/// <summary>
/// Splits an essay file into blocks and says what each is: a heading, the question, plan notes or prose.
/// Blocks are separated by blank lines; each bullet line is a block of its own; a file without blank lines has
/// one block per line.
/// </summary>
internal static class BlockSplitter
{
    private const int PlanProseMinWords = 60;

    /// <summary>No rule here looks past 80 words (a question's most), so longer blocks are not counted to the end.</summary>
    private const int MostWordsThatMatter = 81;

    /// <summary>
    /// The blocks of a short answer: the whole response, from its first to its last visible character, is one block of
    /// prose (no line of it is a heading, the question or plan notes); a blank response has no block.
    /// </summary>
    public static List<Block> SplitWhole(string text)
    {
        var whole = Trim(text, TextSpan.FromBounds(0, text.Length));
        return whole.Length == 0 ? [] : [new Block(BlockKind.Prose, whole)];
    }

    public static List<Block> Split(string text)
    {
        var raw = RawBlocks(text);
        var blocks = new List<Block>(raw.Count);
        var inPlan = false;
        var seenProse = false;
        foreach (var (span, bullet) in raw)
        {
            var slice = text.AsSpan(span.Start, span.Length);
            var words = CountWords(slice, MostWordsThatMatter);
            BlockKind kind;
            if (bullet)
            {
                kind = BlockKind.Plan;
            }
            else if (IsHeading(slice, words))
            {
                kind = BlockKind.Heading;
                inPlan = !seenProse && NamesPlan(slice);
            }
            else if (!seenProse && IsQuestion(slice, words))
            {
                kind = BlockKind.Question;
            }
            else if (inPlan && (words < PlanProseMinWords || HasLabel(slice)))
            {
                kind = BlockKind.Plan;
            }
            else
            {
                kind = BlockKind.Prose;
                inPlan = false;
                seenProse = true;
            }

            blocks.Add(new Block(kind, span));
        }

        return blocks;
    }

    private static List<(TextSpan Span, bool Bullet)> RawBlocks(string text)
    {
        var lines = new List<TextSpan>();
        var hasBlankLine = false;
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.AsSpan(start).IndexOf('\n');
            var i = newline < 0 ? text.Length : start + newline;
            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            lines.Add(TextSpan.FromBounds(start, end));
            start = i + 1;
        }

        // Only a blank line between two lines of text separates paragraphs; blank lines at the start or end do not.
        var first = lines.FindIndex(line => !text.AsSpan(line.Start, line.Length).IsWhiteSpace());
        var last = lines.FindLastIndex(line => !text.AsSpan(line.Start, line.Length).IsWhiteSpace());
        for (var i = first + 1; i < last; i++)
        {
            if (text.AsSpan(lines[i].Start, lines[i].Length).IsWhiteSpace())
            {
                hasBlankLine = true;
                break;
            }
        }

        var blocks = new List<(TextSpan, bool)>();
        var blockStart = -1;
        var blockEnd = -1;
        foreach (var line in lines)
        {
            var content = Trim(text, line);
            if (content.Length == 0)
            {
                Flush();
                continue;
            }

            var bullet = IsBullet(text.AsSpan(content.Start, content.Length));
            if (bullet || !hasBlankLine)
            {
                Flush();
                blocks.Add((content, bullet));
                continue;
            }

            if (blockStart < 0)
            {
                blockStart = content.Start;
            }

            blockEnd = content.End;
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (blockStart >= 0)
            {
                blocks.Add((TextSpan.FromBounds(blockStart, blockEnd), false));
                blockStart = -1;
            }
        }
    }

    private static TextSpan Trim(string text, TextSpan line)
    {
        var start = line.Start;
        var end = line.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static bool IsBullet(ReadOnlySpan<char> line)
    {
        if (line.Length < 2)
        {
            return false;
        }

        if (line[0] is '-' or '*' or '•' or '–' or '—' or '·' or '▪' or '◦' && char.IsWhiteSpace(line[1]))
        {
            return true;
        }

        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && char.IsWhiteSpace(line[digits + 1]);
    }

    private static bool IsHeading(ReadOnlySpan<char> block, int words)
    {
        if (words == 0 || words > 12 || block.Contains('\n'))
        {
            return false;
        }

        var last = block[^1];
        return last is not ('.' or '!' or '?' or ',' or ';' or ':' or '"' or '”' or '’' or '\'');
    }

    private static bool IsQuestion(ReadOnlySpan<char> block, int words)
    {
        var trimmed = block.TrimEnd("\"'”’) ");
        return words <= 80 && trimmed.Length > 0 && trimmed[^1] == '?' && trimmed[..^1].IndexOfAny('.', '!') < 0;
    }

    private static bool NamesPlan(ReadOnlySpan<char> heading) =>
        heading.Contains("plan", StringComparison.OrdinalIgnoreCase)
        || heading.Contains("outline", StringComparison.OrdinalIgnoreCase)
        || heading.Contains("notes", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Overall argument: …", "Thesis: …": a short label and a colon, as plan notes are written.</summary>
    private static bool HasLabel(ReadOnlySpan<char> block)
    {
        var colon = block.IndexOf(':');
        return colon > 0 && colon <= 30 && CountWords(block[..colon]) <= 3;
    }

    public static int CountWords(ReadOnlySpan<char> text) => CountWords(text, int.MaxValue);

    /// <summary>The words of <paramref name="text"/>, counting no further than <paramref name="atMost"/>.</summary>
    public static int CountWords(ReadOnlySpan<char> text, int atMost)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++words >= atMost)
                {
                    return words;
                }
            }
        }

        return words;
    }
}
