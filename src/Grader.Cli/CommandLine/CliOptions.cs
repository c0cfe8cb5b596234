using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Grader.Cli.Csv;
using Grader.Csv;
using Grader.Drafting;
using Grader.Text;

namespace Grader.Cli.CommandLine;

/// <summary>
/// The options several commands share, and typed options whose bad values get a message in this tool's words
/// ("--threads must be a whole number from 1 to 256, not 'x'.") instead of the parser's type error.
/// </summary>
internal static class CliOptions
{
    public static Option<string?> Rubric() => new("--rubric")
    {
        Description = "The rubric JSON file of the question (default: the bundled question, " + DefaultRubric.RelativePath + ").",
        HelpName = "rubric.json",
    };

    /// <summary>The <c>--template</c> option: a scheme template by name (<see cref="SchemeTemplates"/>), null when not given.</summary>
    public static Option<SchemeTemplate?> Template(string description)
    {
        var option = new Option<SchemeTemplate?>("--template")
        {
            Description = description,
            HelpName = "name",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (SchemeTemplates.TryParse(text, out var parsed))
                {
                    return parsed;
                }

                result.AddError($"--template must be one of {string.Join(", ", SchemeTemplates.Names)}, not '{text}'.");
                return null;
            },
        };
        option.CompletionSources.Add(SchemeTemplates.Names.ToArray());
        return option;
    }

    public static Option<int> Seed(string what) => WholeNumber("--seed", $"The random seed for {what}; the same seed gives the same result.", int.MinValue, int.MaxValue, 1);

    public static Option<string> IdColumn() => new("--id-column")
    {
        Description = "The header name of the id column (matched exactly, else ignoring case and surrounding spaces).",
        HelpName = "name",
        DefaultValueFactory = _ => "id",
    };

    public static Option<string> TextColumn() => new("--text-column")
    {
        Description = "The header name of the essay column (matched exactly, else ignoring case and surrounding spaces).",
        HelpName = "name",
        DefaultValueFactory = _ => "text",
    };

    /// <summary>--encoding: the input's encoding, when detection should not decide.</summary>
    public static Option<InputEncoding?> Encoding()
    {
        var option = new Option<InputEncoding?>("--encoding")
        {
            Description = "The input's encoding: utf-8, utf-16le, utf-16be or windows-1252 (default: detected from the bytes, and said when not UTF-8).",
            HelpName = "name",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                var encoding = TextDecoding.Parse(text);
                if (encoding is null)
                {
                    result.AddError($"--encoding must be one of {string.Join(", ", TextDecoding.Names.Select(n => n.Name))}, not '{text}'.");
                }

                return encoding;
            },
        };
        option.CompletionSources.Add(TextDecoding.Names.Select(n => n.Name).ToArray());
        return option;
    }

    /// <summary>--delimiter: the character between a CSV file's fields, when detection should not decide.</summary>
    public static Option<char?> Delimiter()
    {
        var names = CsvInputFormat.Delimiters.Select(d => d.Name).ToArray();
        var option = new Option<char?>("--delimiter")
        {
            Description = "The character between fields: comma, semicolon, tab, pipe, or the character itself (default: detected from the header line).",
            HelpName = "name",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (CsvInputFormat.Delimiters.FirstOrDefault(d => string.Equals(d.Name, text, StringComparison.OrdinalIgnoreCase)) is { Name: not null } named)
                {
                    return named.Delimiter;
                }

                if (text.Length == 1 && text[0] is not ('"' or '\r' or '\n') && !char.IsLetterOrDigit(text[0]))
                {
                    return text[0];
                }

                result.AddError($"--delimiter must be {string.Join(", ", names)} or one character that is not a letter, digit, quote or line break, not '{text}'.");
                return null;
            },
        };
        option.CompletionSources.Add(names);
        return option;
    }

    /// <summary>An option holding a whole number from <paramref name="min"/> to <paramref name="max"/>, <paramref name="fallback"/> when not given.</summary>
    public static Option<int> WholeNumber(string name, string description, int min, int max, int fallback)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => fallback,
        };
        option.CustomParser = result => ParseWholeNumber(result, name, min, max);
        return option;
    }

    /// <summary>A file path option (made absolute against the working directory when read).</summary>
    public static Option<string?> Path(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
    };

    private static int ParseWholeNumber(ArgumentResult result, string name, int min, int max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(min == int.MinValue
            ? $"{name} must be a whole number, not '{text}'."
            : string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from {min} to {max}, not '{text}'."));
        return 0;
    }
}
