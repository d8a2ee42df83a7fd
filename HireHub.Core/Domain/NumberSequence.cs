namespace HireHub.Core.Domain;

/// <summary>
/// A gapless number sequence, e.g. personnel numbers <c>000123</c>. The next value is taken inside the
/// transaction that uses it, so a rolled-back hire gives its number back.
/// </summary>
public sealed class NumberSequence
{
    public const string PersonnelNumbers = "PersonnelNumber";

    public required string Code { get; init; }

    public string Prefix { get; set; } = "";

    public int Width { get; set; } = 6;

    public long NextValue { get; set; } = 1;

    public string Format(long value) => Prefix + value.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(Width, '0');
}
