using Grader.Scoring;

namespace Grader.Screening;

/// <summary>The flag code each <see cref="ExclusionKind"/> is reported under.</summary>
internal static class ExclusionKinds
{
    public static string CodeOf(ExclusionKind kind) => kind switch
    {
        ExclusionKind.AddressedToMarker => FlagCodes.AddressedToMarker,
        ExclusionKind.List => FlagCodes.KeywordList,
        ExclusionKind.Repetition => FlagCodes.Repetition,
        ExclusionKind.Template => FlagCodes.Templated,
        ExclusionKind.Copied => FlagCodes.CopiedModelEssay,
        ExclusionKind.OffTopic => FlagCodes.OffTopic,
        ExclusionKind.OutOfPeriod => FlagCodes.OutOfPeriod,
        ExclusionKind.QuestionEcho => FlagCodes.Repetition,
        _ => FlagCodes.Incoherent,
    };
}
