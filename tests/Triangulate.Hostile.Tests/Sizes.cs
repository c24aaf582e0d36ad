namespace Triangulate.Hostile.Tests;

/// <summary>
/// The sizes the suite runs at. CI runs the small ones (large enough that a quadratic step shows in a doubling
/// test); <c>TRIANGULATE_SOAK=1</c> (set by <c>tests/Triangulate.Hostile.Tests/soak.sh</c>) runs the full sizes
/// with the bounds.
/// </summary>
internal static class Sizes
{
    /// <summary>Whether the full sizes run.</summary>
    public static bool Soak { get; } = Environment.GetEnvironmentVariable("TRIANGULATE_SOAK") == "1";

    /// <summary>Picks the CI or the soak value.</summary>
    public static T Pick<T>(T ci, T soak) => Soak ? soak : ci;
}
