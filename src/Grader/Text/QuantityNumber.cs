namespace Grader.Text;

/// <summary>
/// A number read from the text: its value, the characters it covers and the token after it. <see cref="IsBareDigits"/>
/// marks a lone run of digits (which might be a year); <see cref="IsScaled"/> one with "million", "bn" or "m";
/// <see cref="IsWords"/> one written in words, <see cref="IsCapitalised"/> when its first word is ("Fourteen Points").
/// </summary>
internal readonly record struct QuantityNumber(
    decimal Value,
    int Start,
    int End,
    int Next,
    bool IsWords,
    bool IsBareDigits,
    bool IsScaled,
    bool IsCapitalised);
