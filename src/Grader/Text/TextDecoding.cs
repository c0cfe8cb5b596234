using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Grader.Text;

/// <summary>
/// Decodes the bytes of a text file. <see cref="TryDecode(ReadOnlySpan{byte}, out string, out string)"/> takes UTF-8
/// (with or without a byte-order mark) or UTF-16 with a byte-order mark, and refuses anything else with a message saying
/// how to fix it. <see cref="Detect"/> also recognises, where the bytes leave no doubt, UTF-16 without a byte-order mark
/// (every other byte zero) and Windows-1252 (bytes that are not UTF-8, and no UTF-8 character of two or more bytes
/// anywhere, which Windows-1252 text practically never forms by chance).
/// </summary>
internal static class TextDecoding
{
    /// <summary>The names --encoding takes, each with its encoding.</summary>
    public static readonly IReadOnlyList<(string Name, InputEncoding Encoding)> Names =
    [
        ("utf-8", InputEncoding.Utf8),
        ("utf-16le", InputEncoding.Utf16LittleEndian),
        ("utf-16be", InputEncoding.Utf16BigEndian),
        ("windows-1252", InputEncoding.Windows1252),
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five bytes it leaves undefined keep their Latin-1 (C1) meaning.
    private static readonly char[] Windows1252High =
    [
        '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008D', 'Ž', '\u008F',
        '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009D', 'ž', 'Ÿ',
    ];

    public static string Name(InputEncoding encoding) => Names.First(n => n.Encoding == encoding).Name;

    public static string DisplayName(InputEncoding encoding) => encoding switch
    {
        InputEncoding.Utf16LittleEndian => "UTF-16 (little-endian)",
        InputEncoding.Utf16BigEndian => "UTF-16 (big-endian)",
        InputEncoding.Windows1252 => "Windows-1252",
        _ => "UTF-8",
    };

    /// <summary>The encoding named <paramref name="name"/> (as --encoding takes it, ignoring case; "utf8", "utf-16", "cp1252" too), or null.</summary>
    public static InputEncoding? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => InputEncoding.Utf8,
        "utf-16le" or "utf-16" or "utf16" or "utf16le" or "unicode" => InputEncoding.Utf16LittleEndian,
        "utf-16be" or "utf16be" => InputEncoding.Utf16BigEndian,
        "windows-1252" or "cp1252" or "windows1252" or "latin1" or "latin-1" or "iso-8859-1" => InputEncoding.Windows1252,
        _ => null,
    };

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string error) =>
        TryDecode(bytes, null, strict: true, out text, out _, out error);

    /// <summary>
    /// Decodes <paramref name="bytes"/>: in <paramref name="requested"/> when given (a byte-order mark of that encoding is
    /// skipped), else in the encoding <see cref="Detect"/> finds; <paramref name="strict"/> allows only what the one-argument
    /// form allows. <paramref name="used"/> says which encoding was used and why.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, InputEncoding? requested, bool strict, out string text, out EncodingDetection used, out string error)
    {
        error = "";
        used = requested is { } chosen ? new EncodingDetection(chosen, PreambleLength(bytes, chosen), "--encoding") : Detect(bytes, wholeFile: true);
        if (strict && used.PreambleLength == 0 && used.Encoding != InputEncoding.Utf8)
        {
            used = new EncodingDetection(InputEncoding.Utf8, 0, "no byte-order mark");
        }

        var body = bytes[used.PreambleLength..];
        try
        {
            text = used.Encoding switch
            {
                InputEncoding.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(body),
                InputEncoding.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(body),
                InputEncoding.Windows1252 => DecodeWindows1252(body),
                _ => StrictUtf8.GetString(body),
            };
        }
        catch (DecoderFallbackException exception)
        {
            text = "";
            error = used.Encoding == InputEncoding.Utf8
                ? $"byte {exception.Index + used.PreambleLength} is not valid UTF-8 (the file may be in Windows-1252 or Latin-1). Save it as UTF-8{(strict ? "" : ", or give --encoding windows-1252")}."
                : $"it is not valid {DisplayName(used.Encoding)} ({used.Reason}). Save it as UTF-8.";
            return false;
        }

        if (text.Contains('\0'))
        {
            text = "";
            error = strict
                ? "it holds NUL characters, so it looks like a binary file or UTF-16 without a byte-order mark. Save it as UTF-8."
                : "it holds NUL characters, so it looks like a binary file. Save it as UTF-8 text.";
            return false;
        }

        return true;
    }

    /// <summary>
    /// The encoding of a file starting with <paramref name="prefix"/> (<paramref name="wholeFile"/>: the prefix is the
    /// whole file, so a multi-byte character cut at its end is an error, not a cut). Only what is unambiguous is
    /// detected; anything else is UTF-8, so its bad bytes are reported where they are.
    /// </summary>
    public static EncodingDetection Detect(ReadOnlySpan<byte> prefix, bool wholeFile)
    {
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new EncodingDetection(InputEncoding.Utf8, 3, "a UTF-8 byte-order mark");
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new EncodingDetection(InputEncoding.Utf16LittleEndian, 2, "a UTF-16 byte-order mark");
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new EncodingDetection(InputEncoding.Utf16BigEndian, 2, "a UTF-16 byte-order mark");
        }

        if (Utf16WithoutMark(prefix) is { } utf16)
        {
            return new EncodingDetection(utf16, 0, "no byte-order mark, but every other byte is zero, as in UTF-16 text");
        }

        var (valid, multiByte) = ScanUtf8(prefix, wholeFile);
        return !valid && multiByte == 0 && !prefix.Contains((byte)0)
            ? new EncodingDetection(InputEncoding.Windows1252, 0, "not valid UTF-8, and no UTF-8 character of two or more bytes in it")
            : new EncodingDetection(InputEncoding.Utf8, 0, "UTF-8");
    }

    /// <summary>Windows-1252 bytes as text (every byte is a character).</summary>
    public static string DecodeWindows1252(ReadOnlySpan<byte> bytes) => string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            chars[i] = Windows1252Char(source[i]);
        }
    });

    public static char Windows1252Char(byte b) => b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;

    private static int PreambleLength(ReadOnlySpan<byte> bytes, InputEncoding encoding) => encoding switch
    {
        InputEncoding.Utf8 when bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) => 3,
        InputEncoding.Utf16LittleEndian when bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) => 2,
        InputEncoding.Utf16BigEndian when bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) => 2,
        _ => 0,
    };

    /// <summary>UTF-16 when, over the first 4 KB, nearly every byte at one parity is zero and nearly none at the other (text mostly of Latin letters).</summary>
    private static InputEncoding? Utf16WithoutMark(ReadOnlySpan<byte> prefix)
    {
        var sample = prefix[..(Math.Min(prefix.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05)
        {
            return InputEncoding.Utf16LittleEndian;
        }

        return evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05 ? InputEncoding.Utf16BigEndian : null;
    }

    /// <summary>Whether <paramref name="bytes"/> are valid UTF-8 (a character cut at the end counts as valid unless <paramref name="wholeFile"/>), and how many characters of two or more bytes they hold.</summary>
    private static (bool Valid, int MultiByte) ScanUtf8(ReadOnlySpan<byte> bytes, bool wholeFile)
    {
        var valid = true;
        var multiByte = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multiByte += consumed > 1 ? 1 : 0;
            }
            else if (status == OperationStatus.NeedMoreData && !wholeFile)
            {
                break;
            }
            else
            {
                valid = false;
            }

            bytes = bytes[consumed..];
        }

        return (valid, multiByte);
    }
}
