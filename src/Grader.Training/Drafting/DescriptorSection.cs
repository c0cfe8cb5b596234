namespace Grader.Drafting;

/// <summary>A section of the mark named in a descriptors file's heading ("content 25"): its name and its marks.</summary>
internal sealed record DescriptorSection(string Name, int Marks);
