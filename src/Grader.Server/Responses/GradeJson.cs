using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using Grader.Reporting;
using Grader.Scoring;

namespace Grader.Server;

/// <summary>
/// The service's only contact with the library's result types: grades are written by the library's own
/// <see cref="GradeJsonWriter"/> (the contract of <c>grader explain --format json</c>: field order, string enums,
/// invariant numbers), straight into the response's buffers.
/// </summary>
internal static class GradeJson
{
    /// <summary>Compact, with the same escaping as <see cref="GradeJsonWriter"/> (quotes in essays stay readable).</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter writer, GradeResult result, string? id) => GradeJsonWriter.Write(writer, result, id);

    /// <summary>Whether the library could not grade the essay (it is empty, or over the length limit), and why.</summary>
    public static bool IsUngradable(GradeResult result, [NotNullWhen(true)] out string? reason)
    {
        reason = result.Status == GradeStatus.Error ? result.Error ?? "The essay could not be graded." : null;
        return reason is not null;
    }
}
