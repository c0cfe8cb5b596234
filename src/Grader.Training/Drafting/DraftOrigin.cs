namespace Grader.Drafting;

/// <summary>
/// Where one drafted item came from, so a teacher can check it: the section and id of the item, and the span of the
/// text it was drafted from (file, first and last line, characters <see cref="Start"/> up to <see cref="End"/>), or
/// no span (<see cref="File"/> empty) when it came from the template or the question.
/// </summary>
/// <param name="Section">The part of the draft: "key point", "timeline", "gazetteer", "subject", …</param>
/// <param name="Item">The item's id or name.</param>
/// <param name="File">The file the span is in ("" when the item has no span).</param>
/// <param name="Line">The span's first line (1-based; 0 without a span).</param>
/// <param name="EndLine">The span's last line.</param>
/// <param name="Start">The span's first character (0-based).</param>
/// <param name="End">Just past the span's last character.</param>
/// <param name="Note">How the item was drafted, in words.</param>
internal sealed record DraftOrigin(string Section, string Item, string File, int Line, int EndLine, int Start, int End, string Note)
{
    public bool HasSpan => File.Length > 0;

    /// <summary>An item drafted from no span of text (the question, the template).</summary>
    public static DraftOrigin Unplaced(string section, string item, string note) => new(section, item, "", 0, 0, 0, 0, note);
}
