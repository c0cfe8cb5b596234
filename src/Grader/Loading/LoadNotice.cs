namespace Grader.Loading;

/// <summary>
/// Something worth telling whoever loaded a mark scheme that did not stop the load (for example a stale similarity
/// model retrained in memory): a stable <see cref="Code"/> (<see cref="LoadNoticeCodes"/>) for programs and logs, the
/// <see cref="File"/> it is about, and a <see cref="Message"/> for people that says what to do.
/// </summary>
public sealed record LoadNotice
{
    /// <summary>What kind of notice this is: one of <see cref="LoadNoticeCodes"/>.</summary>
    public required string Code { get; init; }

    /// <summary>The file the notice is about, as the load named it.</summary>
    public required string File { get; init; }

    /// <summary>The notice in words, with what to do about it.</summary>
    public required string Message { get; init; }

    /// <summary>The message: what a console shows after "note: ".</summary>
    public override string ToString() => Message;
}
