using System.Diagnostics;
using System.Globalization;

namespace Grader.Cli.Marking;

/// <summary>
/// A one-line progress display on standard error, redrawn twice a second: rows done, rows per second, how much of the
/// input has been read and the time left (estimated from rows when their number is known, else from bytes read).
/// </summary>
internal sealed class MarkProgressDisplay : IDisposable
{
    private readonly TextWriter _error;
    private readonly ReadingProgress _reading;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private long _rows;
    private int _width;
    private bool _stopped;

    public MarkProgressDisplay(TextWriter error, ReadingProgress reading)
    {
        _error = error;
        _reading = reading;
        _timer = new Timer(_ => Draw(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    public void RowWritten() => Interlocked.Increment(ref _rows);

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            _stopped = true;
            if (_width > 0)
            {
                _error.Write("\r" + new string(' ', _width) + "\r");
                _error.Flush();
            }
        }
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            var line = Describe(Interlocked.Read(ref _rows), _elapsed.Elapsed);
            _error.Write("\r" + line.PadRight(_width));
            _error.Flush();
            _width = Math.Max(_width, line.Length);
        }
    }

    private string Describe(long rows, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? rows / elapsed.TotalSeconds : 0;
        var text = string.Create(CultureInfo.InvariantCulture, $"marking: {rows:N0} rows, {rate:N1} rows/s");
        double? done = null;
        if (_reading.TotalRows is { } total && total > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" of {total:N0}");
            done = (double)rows / total;
        }
        else if (_reading.TotalBytes > 0)
        {
            var bytes = _reading.BytesRead;
            text += string.Create(CultureInfo.InvariantCulture, $", read {Megabytes(bytes)} of {Megabytes(_reading.TotalBytes)} MB");
            done = (double)bytes / _reading.TotalBytes;
        }

        if (done is > 0.001 and < 1)
        {
            var left = TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - done.Value) / done.Value);
            text += string.Create(CultureInfo.InvariantCulture, $" ({done.Value:P0}), about {Duration(left)} left");
        }

        return text;
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("N1", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h {span.Minutes:D2}m")
        : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}m {span.Seconds:D2}s");
}
