using System.Globalization;
using System.Net;
using System.Text;

namespace Grader.Reporting;

/// <summary>Small inline SVG charts (no scripts, no external resources): a heat map and grouped bar charts.</summary>
internal static class SvgChart
{
    public sealed record Series(string Name, string Colour, IReadOnlyList<double> Values);

    /// <summary>A heat map of counts: rows and columns labelled, each cell shaded by its count and showing it.</summary>
    public static string HeatMap(string id, string title, string rowTitle, string columnTitle, IReadOnlyList<string> labels, Func<int, int, int> count, int largest)
    {
        var n = labels.Count;
        var cell = n > 20 ? 18 : n > 10 ? 26 : 40;
        var left = 70;
        var top = 40;
        var width = left + (n * cell) + 20;
        var height = top + (n * cell) + 50;
        var svg = Open(id, title, width, height);
        svg.Append(Text(left + (n * cell / 2.0), 16, columnTitle, "middle", "axis-title"));
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"14\" y=\"{top + (n * cell / 2.0)}\" transform=\"rotate(-90 14 {top + (n * cell / 2.0)})\" text-anchor=\"middle\" class=\"axis-title\">{Escape(rowTitle)}</text>");
        for (var i = 0; i < n; i++)
        {
            svg.Append(Text(left + (i * cell) + (cell / 2.0), top - 6, labels[i], "middle", "tick"));
            svg.Append(Text(left - 6, top + (i * cell) + (cell / 2.0) + 4, labels[i], "end", "tick"));
            for (var j = 0; j < n; j++)
            {
                var value = count(i, j);
                var shade = largest > 0 ? value / (double)largest : 0;
                var fill = value == 0 ? "#f7f7f7" : $"rgb({(int)(235 - (180 * shade))},{(int)(240 - (130 * shade))},{(int)(255 - (60 * shade))})";
                var stroke = i == j ? "#222" : "#fff";
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left + (j * cell)}\" y=\"{top + (i * cell)}\" width=\"{cell}\" height=\"{cell}\" fill=\"{fill}\" stroke=\"{stroke}\"><title>{Escape(rowTitle)} {Escape(labels[i])}, {Escape(columnTitle)} {Escape(labels[j])}: {value}</title></rect>");
                if (value > 0 && cell >= 18)
                {
                    svg.Append(Text(left + (j * cell) + (cell / 2.0), top + (i * cell) + (cell / 2.0) + 4, value.ToString(CultureInfo.InvariantCulture), "middle", shade > 0.6 ? "cell light" : "cell"));
                }
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Grouped bars per category; negative values hang below the zero line.</summary>
    public static string Bars(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series, string valueTitle, string format = "0.##")
    {
        var values = series.SelectMany(s => s.Values).Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        var high = Math.Max(0, values.Max());
        var low = Math.Min(0, values.Min());
        if (high - low < 1e-9)
        {
            high = 1;
        }

        var groupWidth = Math.Max(24, Math.Min(70, 640 / Math.Max(1, categories.Count)));
        var barWidth = (groupWidth - 6) / (double)Math.Max(1, series.Count);
        var left = 60;
        var top = 30;
        var plotHeight = 200;
        // The legend runs along the bottom: the chart is made wide enough for all of it (text measured generously).
        var legendWidth = series.Sum(s => LegendEntryWidth(s.Name));
        var width = Math.Max(left + (categories.Count * groupWidth) + 20, left + (int)Math.Ceiling(legendWidth) + 10);
        var height = top + plotHeight + 60;
        double Y(double v) => top + ((high - v) / (high - low) * plotHeight);
        var svg = Open(id, title, Math.Max(width, 320), height);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{width - 10}\" y1=\"{Y(0):0.#}\" y2=\"{Y(0):0.#}\" stroke=\"#444\"/>");
        svg.Append(Text(left - 6, Y(high) + 4, high.ToString(format, CultureInfo.InvariantCulture), "end", "tick"));
        if (low < 0)
        {
            svg.Append(Text(left - 6, Y(low) + 4, low.ToString(format, CultureInfo.InvariantCulture), "end", "tick"));
        }

        svg.Append(Text(left - 6, Y(0) + 4, "0", "end", "tick"));
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{top + (plotHeight / 2.0)}\" transform=\"rotate(-90 12 {top + (plotHeight / 2.0)})\" text-anchor=\"middle\" class=\"axis-title\">{Escape(valueTitle)}</text>");
        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = left + (c * groupWidth) + 3;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c];
                if (!double.IsFinite(value))
                {
                    continue;
                }

                var y = Math.Min(Y(value), Y(0));
                var h = Math.Abs(Y(value) - Y(0));
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x0 + (s * barWidth):0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(1, barWidth - 1):0.#}\" height=\"{Math.Max(h, 0.5):0.#}\" fill=\"{series[s].Colour}\"><title>{Escape(series[s].Name)}, {Escape(categories[c])}: {value.ToString(format, CultureInfo.InvariantCulture)}</title></rect>");
            }

            svg.Append(Text(x0 + ((groupWidth - 6) / 2.0), top + plotHeight + 16, Fit(categories[c], groupWidth - 4), "middle", "tick", categories[c]));
        }

        var legendX = left;
        foreach (var s in series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{legendX}\" y=\"{height - 22}\" width=\"12\" height=\"12\" fill=\"{s.Colour}\"/>");
            svg.Append(Text(legendX + 16, height - 12, s.Name, "start", "legend"));
            legendX += (int)Math.Ceiling(LegendEntryWidth(s.Name));
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, int width, int height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{Escape(title)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><title>{Escape(title)}</title>");

    private static string Text(double x, double y, string text, string anchor, string cssClass, string? fullText = null) =>
        string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\" class=\"{cssClass}\">{(fullText is not null && fullText != text ? $"<title>{Escape(fullText)}</title>" : "")}{Escape(text)}</text>");

    /// <summary>The width a legend entry takes: its swatch, a gap, and its 12 px text at up to 7.5 px a character (measured in Chromium: 6.4–7.0).</summary>
    private static double LegendEntryWidth(string name) => 24 + (name.Length * 7.5);

    /// <summary>A tick label cut with "…" to fit <paramref name="width"/> pixels of 11 px text (7 px a character at most); the full text goes in a tooltip.</summary>
    private static string Fit(string label, double width)
    {
        var fits = Math.Max(3, (int)(width / 7));
        return label.Length <= fits ? label : label[..(fits - 1)] + "…";
    }

    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
