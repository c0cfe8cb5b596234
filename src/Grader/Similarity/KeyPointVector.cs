namespace Grader.Similarity;

/// <summary>The fitted TF-IDF vector of one key point, under the key point's id from the answer key.</summary>
internal sealed record KeyPointVector(string Id, SparseVector Vector);
