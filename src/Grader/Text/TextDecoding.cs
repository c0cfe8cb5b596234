using System.Text;

namespace Grader.Text;

/// <summary>
/// Decodes the bytes of a text file: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
/// Anything else that is not valid UTF-8 is refused with a message saying how to fix it, never guessed at.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string error)
    {
        error = "";
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                text = StrictUtf8.GetString(bytes[3..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            {
                text = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                text = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }
            else
            {
                text = StrictUtf8.GetString(bytes);
            }

            if (text.Contains('\0'))
            {
                text = "";
                error = "it holds NUL characters, so it looks like a binary file or UTF-16 without a byte-order mark. Save it as UTF-8.";
                return false;
            }

            return true;
        }
        catch (DecoderFallbackException exception)
        {
            text = "";
            error = $"byte {exception.Index} is not valid UTF-8 (the file may be in Latin-1 or Windows-1252). Save it as UTF-8.";
            return false;
        }
    }
}
