using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Grader.Tests.Loading;

/// <summary>An <see cref="IFileProvider"/> over files held in memory ('/'-separated paths), so a load provably reads no disk.</summary>
internal sealed class MemoryFileProvider(IReadOnlyDictionary<string, byte[]> files) : IFileProvider
{
    public List<string> Opened { get; } = [];

    public IFileInfo GetFileInfo(string subpath) =>
        files.TryGetValue(subpath.TrimStart('/'), out var bytes) ? new MemoryFile(this, subpath.TrimStart('/'), bytes) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MemoryFile(MemoryFileProvider owner, string path, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;

        public long Length => bytes.Length;

        public string? PhysicalPath => null;

        public string Name => path[(path.LastIndexOf('/') + 1)..];

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream()
        {
            lock (owner.Opened)
            {
                owner.Opened.Add(path);
            }

            return new MemoryStream(bytes, writable: false);
        }
    }
}
