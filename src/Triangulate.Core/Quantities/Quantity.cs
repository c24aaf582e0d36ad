namespace Triangulate.Core.Quantities;

/// <summary>An amount of money or a count, normalised.</summary>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">As written ("€250 million", "at least 7,500 drones").</param>
/// <param name="Value">The number (140000000).</param>
/// <param name="Unit">An ISO 4217 code for money ("EUR"), a unit of measure, or null for a plain count.</param>
/// <param name="Qualifier">One of <see cref="QuantityQualifiers"/>.</param>
/// <param name="Counted">What is counted ("Kestrel-7 reconnaissance drones"), or null.</param>
public sealed record Quantity(int Start, int End, string Text, decimal Value, string? Unit, string Qualifier, string? Counted);

/// <summary>How an amount bounds the true value.</summary>
public static class QuantityQualifiers
{
    /// <summary>The value as stated.</summary>
    public const string Exact = "exact";

    /// <summary>A lower bound ("at least", "more than", "over").</summary>
    public const string AtLeast = "at_least";

    /// <summary>An upper bound ("up to", "no more than").</summary>
    public const string AtMost = "at_most";

    /// <summary>Roughly ("about", "some", "nearly").</summary>
    public const string Approx = "approx";
}
