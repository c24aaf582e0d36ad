namespace Triangulate.Core.Syntax.Training;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): the cost of a transition is the number of
/// gold arcs that become unreachable by taking it, so the parser can learn from any configuration, its own mistakes
/// included. For non-projective gold trees the counts are an approximation, as usual.
/// </summary>
internal static class ArcHybridOracle
{
    /// <summary>Fills <paramref name="costs"/> (one per transition) for <paramref name="state"/>.</summary>
    public static void Costs(ParserState state, int[] goldHeads, Span<int> costs)
    {
        var count = state.Count;
        var b = state.Next;
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);

        // SHIFT: the next word can no longer take a head from the stack below the top, nor dependents from the stack.
        var shift = 0;
        if (b < count)
        {
            for (var k = 0; k < state.Depth; k++)
            {
                var s = state.Stack(k);
                if (s < count && goldHeads[s] == b)
                {
                    shift++;
                }

                if (k > 0 && goldHeads[b] == s)
                {
                    shift++;
                }
            }
        }

        // LEFT and RIGHT: the top of the stack loses every dependent still in the buffer, and its head unless the
        // arc gives it.
        var left = 0;
        var right = 0;
        if (s0 >= 0 && s0 < count)
        {
            for (var d = b; d < count; d++)
            {
                if (goldHeads[d] == s0)
                {
                    left++;
                    right++;
                }
            }

            var h = goldHeads[s0];
            if (h != b && (h == s1 || (h > b && h < count)))
            {
                left++;
            }

            if (h != s1 && h >= b && h < count)
            {
                right++;
            }
        }

        costs[ParserState.Shift] = shift;
        costs[ParserState.Left] = left;
        costs[ParserState.Right] = right;
    }
}
