namespace Grader.Cli.Marking;

/// <summary>Where the essays come from (a CSV file or a folder of text files), read one row at a time.</summary>
internal interface IEssaySource : IDisposable
{
    /// <summary>The input's other columns, copied to the output after the marks.</summary>
    IReadOnlyList<string> PassThroughColumns { get; }

    /// <summary>How far reading has got, for progress: safe to read from another thread.</summary>
    ReadingProgress Progress { get; }

    /// <summary>What the user should know before marking starts (for example the encoding and delimiter detected).</summary>
    IReadOnlyList<string> OpeningNotes { get; }

    /// <summary>What the user should know once every row has been read (for example files read in another encoding).</summary>
    IReadOnlyList<string> ReadingNotes();

    /// <summary>The files read (the CSV file, or the folder's essay files), so no output is written over one of them.</summary>
    IReadOnlyList<string> Files { get; }

    /// <summary>Every row, in input order, each already checked (id, duplicates, text, size, encoding).</summary>
    IEnumerable<EssayRow> ReadRows();

    /// <summary>A SHA-256 fingerprint (hex) of everything read, once <see cref="ReadRows"/> has been enumerated to its end.</summary>
    string Fingerprint();
}
