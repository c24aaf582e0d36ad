using Triangulate.Core.Quantities;

namespace Triangulate.Resolution.Claims;

/// <summary>How much two claims say the same thing, part by part.</summary>
/// <param name="Words">Dice overlap of content-word stems.</param>
/// <param name="Entities">Share of the smaller claim's entities the other names too (0 when either names none).</param>
/// <param name="SameAmount">They give an equal amount of the same unit.</param>
/// <param name="SameTime">They give the same date.</param>
/// <param name="SameDay">That date is a day.</param>
internal readonly record struct ClaimSimilarity(double Words, double Entities, bool SameAmount, bool SameTime, bool SameDay = false)
{
    /// <summary>Score at or above which two claims of the same polarity state one proposition.</summary>
    public const double ClusterThreshold = 0.45;

    /// <summary>How alike the claims' subject is, leaving their dates and amounts aside.</summary>
    public double Topic => (0.6 * Words) + (0.4 * Entities);

    /// <summary>The overall score: words and entities, with an equal amount or date as strong support.</summary>
    public double Score
    {
        get
        {
            // An equal amount of money or a large count, or the same day, is rare enough to stand for much of a
            // proposition by itself ("EUR 40 million" in two reports of one story is one payment).
            var s = (0.5 * Words) + (0.2 * Entities) + (SameAmount ? 0.35 : 0) + (SameTime ? (SameDay ? 0.2 : 0.1) : 0);
            if (SameAmount && SameTime)
            {
                s = Math.Max(s, 0.6);
            }
            else if (SameDay && Words >= 0.35)
            {
                s = Math.Max(s, 0.5);
            }

            return Math.Min(1, s);
        }
    }

    /// <summary>Two amounts that can be the same value: same unit, and ranges that meet.</summary>
    public static bool Compatible(Quantity a, Quantity b)
    {
        var (loA, hiA) = Range(a);
        var (loB, hiB) = Range(b);
        return loA <= hiB && loB <= hiA;
    }

    /// <summary>The values an amount allows given its qualifier (approximate: within 15%).</summary>
    public static (decimal Lo, decimal Hi) Range(Quantity q) => q.Qualifier switch
    {
        QuantityQualifiers.AtLeast => (q.Value, decimal.MaxValue),
        QuantityQualifiers.AtMost => (decimal.MinValue, q.Value),
        QuantityQualifiers.Approx => (q.Value * 0.85m, q.Value * 1.15m),
        _ => (q.Value, q.Value),
    };
}
