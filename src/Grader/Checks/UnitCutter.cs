using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Cuts the terms of one sentence into the units copy detection compares: first at every full stop, question or
/// exclamation mark (<see cref="TermSequence.Breaks"/>, so the cuts do not depend on case), then any part longer than
/// <see cref="MaxTerms"/> terms into equal pieces, so that two units side by side still fit one 64-bit pattern. The
/// same cuts are made in the reference and in essays.
/// </summary>
internal ref struct UnitCutter(ReadOnlySpan<bool> breaks, int first, int end)
{
    /// <summary>The most terms in one unit.</summary>
    public const int MaxTerms = TermEditDistance.MaxPattern / 2;

    private readonly ReadOnlySpan<bool> _breaks = breaks;
    private int _partFirst = first;
    private int _partEnd = first;
    private int _piece;
    private int _pieces;

    /// <summary>The next unit's terms [<paramref name="unitFirst"/>, <paramref name="unitEnd"/>); false when there are no more.</summary>
    public bool Next(out int unitFirst, out int unitEnd)
    {
        if (_piece == _pieces)
        {
            if (_partEnd >= end)
            {
                unitFirst = unitEnd = end;
                return false;
            }

            _partFirst = _partEnd;
            _partEnd = _partFirst + 1;
            while (_partEnd < end && !_breaks[_partEnd])
            {
                _partEnd++;
            }

            _pieces = (_partEnd - _partFirst + MaxTerms - 1) / MaxTerms;
            _piece = 0;
        }

        var length = _partEnd - _partFirst;
        unitFirst = _partFirst + (length * _piece / _pieces);
        unitEnd = _partFirst + (length * (_piece + 1) / _pieces);
        _piece++;
        return true;
    }
}
