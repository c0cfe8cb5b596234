namespace Grader.Cli;

/// <summary>A command line split into positional arguments and options (--name value, --flag, --name=value).</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> _options;

    private ParsedArguments(List<string> positionals, Dictionary<string, string?> options)
    {
        Positionals = positionals;
        _options = options;
    }

    public IReadOnlyList<string> Positionals { get; }

    public string? Option(string name) => _options.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => _options.ContainsKey(name);

    /// <summary>Parses <paramref name="args"/>; options named in <paramref name="valued"/> take a value, those in <paramref name="flags"/> do not.</summary>
    public static ParsedArguments? Parse(IReadOnlyList<string> args, string[] valued, string[] flags, out string error)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        error = "";
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                positionals.Add(arg);
                continue;
            }

            var name = arg[2..];
            string? inline = null;
            var equals = name.IndexOf('=');
            if (equals >= 0)
            {
                inline = name[(equals + 1)..];
                name = name[..equals];
            }

            if (Array.IndexOf(valued, name) >= 0)
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : null);
                if (value is null)
                {
                    error = $"Option --{name} needs a value.";
                    return null;
                }

                options[name] = value;
            }
            else if (Array.IndexOf(flags, name) >= 0 && inline is null)
            {
                options[name] = null;
            }
            else
            {
                var known = valued.Concat(flags).Select(o => "--" + o);
                error = $"Unknown option --{name}. Options for this command: {string.Join(", ", known)}.";
                return null;
            }
        }

        return new ParsedArguments(positionals, options);
    }
}
