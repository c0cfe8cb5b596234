using Grader.Text;

namespace Grader.Cli.CommandLine;

/// <summary>How to read an essays CSV file: the id and text column names, and the encoding and delimiter when given (null: detected).</summary>
internal sealed record CsvColumns(string IdColumn, string TextColumn, InputEncoding? Encoding, char? Delimiter);
