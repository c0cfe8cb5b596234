using System.Globalization;
using System.Security.Cryptography;
using Grader.Similarity;

namespace Grader.Benchmarks.BackgroundIdf;

/// <summary>
/// <c>english-df --corpus &lt;kind[,kind…]&gt; --from &lt;folder[,folder…]&gt; --out &lt;file&gt; [--min-df N]</c>: counts the
/// background document frequencies of the similarity model's terms over one or more corpora read by
/// <see cref="BackgroundCorpus"/> (the n-th kind from the n-th folder) and
/// writes the table in <see cref="BackgroundDocumentFrequencyFile"/> form. The shipped table is made by the command
/// in docs/english-df.md.
/// </summary>
internal static class EnglishDfCommand
{
    public const string Usage = "english-df --corpus <brown-samples|brown-paragraphs|wordnet-glosses>[,...] --from <folder>[,...] --out <file> [--min-df N]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = CommandOptions.Parse(args, ["--corpus", "--from", "--out", "--min-df"], out var problem);
        var minDf = 2;
        if (options is null
            || !options.TryGetValue("--corpus", out var kindList) || !options.TryGetValue("--from", out var fromList)
            || kindList.Split(',') is not { } kinds || fromList.Split(',') is not { } folders
            || kinds.Length != folders.Length || !kinds.All(BackgroundCorpus.Kinds.Contains)
            || !options.TryGetValue("--out", out var path)
            || (options.TryGetValue("--min-df", out var text) && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out minDf)) || minDf < 1)
        {
            error.WriteLine($"error: {(problem.Length > 0 ? problem : "missing or bad option")}");
            error.WriteLine($"usage: {Usage}");
            return 2;
        }

        var counter = new BackgroundDocumentFrequencyCounter();
        for (var i = 0; i < kinds.Length; i++)
        {
            var documents = BackgroundCorpus.Read(kinds[i], folders[i]);
            if (documents.Count == 0)
            {
                error.WriteLine($"error: no {kinds[i]} documents found in {folders[i]}.");
                return 2;
            }

            foreach (var document in documents)
            {
                counter.Add(document);
            }
        }

        var table = counter.ToTable(minDf);
        using (var file = File.Create(path))
        {
            BackgroundDocumentFrequencyFile.Write(file, table);
        }

        var bytes = File.ReadAllBytes(path);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{kindList}: {table.DocumentCount:N0} documents; kept (df >= {minDf}) {table.Unigrams.Count:N0} word unigrams, {table.Bigrams.Count:N0} word bigrams, {table.CharGrams.Count:N0} character n-grams"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {bytes.Length:N0} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}"));
        return 0;
    }
}
