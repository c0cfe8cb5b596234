namespace Grader.Text;

/// <summary>
/// The encoding a file was found to be in, how long its byte-order mark is (0 when there is none), and why it was
/// chosen, in words for a message ("a UTF-16 byte-order mark").
/// </summary>
internal sealed record EncodingDetection(InputEncoding Encoding, int PreambleLength, string Reason)
{
    /// <summary>The encoding's name as the --encoding option takes it ("windows-1252").</summary>
    public string Name => TextDecoding.Name(Encoding);

    /// <summary>The encoding's name for messages ("Windows-1252").</summary>
    public string DisplayName => TextDecoding.DisplayName(Encoding);
}
