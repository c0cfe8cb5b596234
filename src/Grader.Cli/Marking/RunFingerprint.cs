using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Grader.Cli.Marking;

/// <summary>
/// A fingerprint of what decides a run's marks besides the input: the mark scheme's files (rubric, answer key, model
/// essay, exemplars), the calibration file and the options that change rows. Shards of one run share it.
/// </summary>
internal static class RunFingerprint
{
    public static string Of(MarkScheme scheme, MarkOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = scheme.Rubric.Files;
        foreach (var path in new[] { files.RubricPath, files.AnswerKey, files.ModelEssay, options.Calibration }.Concat(files.Exemplars))
        {
            hash.AppendData(Encoding.UTF8.GetBytes((path is null ? "-" : Path.GetFileName(path)) + "\0"));
            if (path is not null && File.Exists(path))
            {
                using var stream = File.OpenRead(path);
                hash.AppendData(SHA256.HashData(stream));
            }
        }

        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{options.IdColumn}\0{options.TextColumn}\0{options.MaxTextLength}")));
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
