namespace Grader.Text;

/// <summary>The encodings text files (essays, CSV files) are read in.</summary>
internal enum InputEncoding
{
    /// <summary>UTF-8, with or without a byte-order mark.</summary>
    Utf8,

    /// <summary>UTF-16 little-endian (what Windows calls "Unicode"), with or without a byte-order mark.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big-endian, with or without a byte-order mark.</summary>
    Utf16BigEndian,

    /// <summary>Windows-1252 (Western European; what Excel on Windows saves as "CSV (Comma delimited)").</summary>
    Windows1252,
}
