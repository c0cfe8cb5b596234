using System.Runtime.InteropServices;

namespace Grader.Cli.Files;

/// <summary>
/// Which file a path leads to, whatever the path: the device and inode number on Linux (read with <c>statx</c>, whose
/// layout is the same on every architecture), so a symbolic link, a hard link, <c>./a</c> and <c>a</c> to one file are
/// the same. Elsewhere the full path with symbolic links resolved stands in (a hard link there is not recognised).
/// </summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, string? CanonicalPath)
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxInode = 0x100;

    /// <summary>The identity of the file at <paramref name="path"/>, or null when there is none (it does not exist, or the path is not valid).</summary>
    public static FileIdentity? Of(string path)
    {
        if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        if (OperatingSystem.IsLinux())
        {
            var buffer = new byte[256];
            try
            {
                if (Statx(AtCurrentDirectory, Path.GetFullPath(path), 0, StatxInode, buffer) == 0)
                {
                    var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
                    return new FileIdentity(device, BitConverter.ToUInt64(buffer, 32), null);
                }

                return null;
            }
            catch (EntryPointNotFoundException)
            {
                // A C library without statx (glibc before 2.28): fall back to paths.
            }
        }

        return File.Exists(path) || Directory.Exists(path) ? new FileIdentity(0, 0, Canonical(path)) : null;
    }

    private static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        var target = File.ResolveLinkTarget(full, returnFinalTarget: true);
        full = target is null ? full : Path.GetFullPath(target.FullName);
        return OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? full.ToUpperInvariant() : full;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
