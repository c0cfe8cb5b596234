namespace Grader.Loading;

/// <summary>
/// Reads a whole file, but never more than a limit: a path that names something endless (<c>/dev/zero</c>,
/// <c>/dev/urandom</c>) or far too large stops at the limit instead of exhausting memory. The file's reported length
/// is not trusted (a device reports 0).
/// </summary>
internal static class LimitedFile
{
    /// <summary>The bytes of <paramref name="path"/>, or null when it holds more than <paramref name="maxBytes"/>; I/O failures throw as usual.</summary>
    public static byte[]? ReadAllBytes(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return ReadAllBytes(stream, maxBytes);
    }

    /// <summary>The rest of <paramref name="stream"/>, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAllBytes(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>"4 MB" / "512 KB": a limit in words.</summary>
    public static string Describe(long bytes) => bytes >= 1 << 20
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1 << 20):N0} MB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1024:N0} KB");
}
