using System.Globalization;
using System.Text.RegularExpressions;

namespace Grader.Tests.Gaming;

/// <summary>
/// <c>shifted-years</c>: an essay with every year (a four-digit number from 1600 to 2029, "1950s" included) moved by
/// +7, −5 or +12: the shape of precise, dated evidence with none of it right.
/// </summary>
internal sealed partial class ShiftedYearsFamily : IGamingFamily
{
    public string Id => "shifted-years";

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var plan = new (GamingSource Source, int Shift)[]
        {
            (sources.ModelEssay, 7),
            (sources.ModelEssay, -5),
            (sources.ModelEssay, 12),
            (sources.Script("S001"), 7),
            (sources.Script("S001"), -5),
            (sources.Script("S003"), 12),
            (sources.Script("S004"), 7),
            (sources.Fixture("strong-agree"), 7),
            (sources.Fixture("narrative"), -5),
            (sources.Honest("strong-agree-british"), 12),
            (sources.Honest("narrative-chronicle"), 7),
            (sources.Honest("with-headings"), -5),
        };
        return plan.Select(item => GamingVariant.Of(Id, item.Source, Shift(item.Source.Text, item.Shift), $"every year shifted by {item.Shift:+0;-0}"));
    }

    public static string Shift(string text, int years) =>
        Year().Replace(text, match => (int.Parse(match.Value, CultureInfo.InvariantCulture) + years).ToString(CultureInfo.InvariantCulture));

    /// <summary>The years in <paramref name="text"/>, in order.</summary>
    public static int[] Years(string text) =>
        Year().Matches(text).Select(match => int.Parse(match.Value, CultureInfo.InvariantCulture)).ToArray();

    [GeneratedRegex(@"(?<![\d,.])(?:1[6-9]\d\d|20[0-2]\d)(?![\d,])")]
    private static partial Regex Year();
}
