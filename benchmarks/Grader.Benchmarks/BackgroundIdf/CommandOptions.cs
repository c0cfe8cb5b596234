namespace Grader.Benchmarks.BackgroundIdf;

/// <summary>Parses <c>--name value</c> pairs of a console command, accepting only the names given.</summary>
internal static class CommandOptions
{
    /// <summary>The options by name; null and a problem when an option is unknown, repeated or lacks its value.</summary>
    public static Dictionary<string, string>? Parse(string[] args, IReadOnlyCollection<string> names, out string problem)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!names.Contains(args[i]) || i + 1 >= args.Length || !options.TryAdd(args[i], args[i + 1]))
            {
                problem = $"unknown, repeated or valueless option '{args[i]}'";
                return null;
            }
        }

        problem = "";
        return options;
    }
}
