namespace Grader.Benchmarks.BackgroundIdf;

/// <summary>Where the term weights of a TF-IDF cosine come from, and which terms the vectors keep.</summary>
internal enum IdfScheme
{
    /// <summary>ln(N / df) over the reference documents alone (model-essay paragraphs, or the reference essays), as the engine fits today (ML.NET); reference terms only.</summary>
    ReferenceOnly,

    /// <summary>ln(N / df) over the sentences of the reference texts; reference terms only.</summary>
    ReferenceSentences,

    /// <summary>The product of <see cref="ReferenceSentences"/> and the background IDF; reference terms only.</summary>
    ReferenceSentencesTimesBackground,

    /// <summary>The background table alone; reference terms only (what the engine would do with the table).</summary>
    Background,

    /// <summary>1 + the background IDF (scikit-learn's floor, so that common terms still count); reference terms only.</summary>
    BackgroundPlusOne,

    /// <summary>The background table pooled with the scripts being marked; reference terms only.</summary>
    BackgroundAndBatch,

    /// <summary>The background table alone; every term of both texts.</summary>
    BackgroundAllTerms,

    /// <summary>The background table pooled with the scripts being marked; every term of both texts.</summary>
    BackgroundAndBatchAllTerms,

    /// <summary>ln((1 + n) / (1 + df)) + 1 over the reference texts and scripts (scikit-learn's smooth IDF); every term.</summary>
    BatchAllTerms,
}
