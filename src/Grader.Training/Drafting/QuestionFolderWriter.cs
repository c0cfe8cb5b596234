using System.Text;
using Grader.Loading;

namespace Grader.Drafting;

/// <summary>
/// Writes a drafted question into a folder that needs nothing outside it: rubric.json, answer-key.json, the model essay
/// (and exemplars) as given, DRAFT-NOTES.md, then loads the folder as marking would and trains and saves its similarity
/// model (similarity.model). Other files in the folder are left alone.
/// </summary>
internal static class QuestionFolderWriter
{
    /// <summary>Writes the folder and returns the scheme loaded from it (or the problems loading it found).</summary>
    public static LoadResult<MarkScheme> Write(QuestionDraft draft, string folder, string template, string? descriptorsFile, int seed)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(false);
        var files = draft.Rubric.Files;
        Replace(Path.Combine(folder, files.ModelEssay!), utf8.GetBytes(draft.ModelEssay.Text));
        foreach (var exemplar in draft.Exemplars)
        {
            var path = Path.Combine(folder, exemplar.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            Replace(path, utf8.GetBytes(exemplar.Text));
        }

        Replace(Path.Combine(folder, files.AnswerKey!), AnswerKeyJsonWriter.Write(draft.AnswerKey));
        Replace(Path.Combine(folder, files.RubricPath), RubricJsonWriter.Write(draft.Rubric));
        Replace(Path.Combine(folder, QuestionDrafter.NotesFile), DraftNotesWriter.Write(draft, template, descriptorsFile));
        var loaded = MarkSchemeTrainer.LoadOrTrain(Path.Combine(folder, files.RubricPath), new MarkSchemeLoadOptions { RetrainSimilarityModel = true, Seed = seed });
        if (loaded.Value is { HasSimilarityModel: true } scheme)
        {
            scheme.SaveSimilarityModel();
        }

        return loaded;
    }

    /// <summary>Writes through a temporary file, so a file is never left half written.</summary>
    private static void Replace(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
