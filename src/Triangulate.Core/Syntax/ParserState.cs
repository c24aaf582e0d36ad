namespace Triangulate.Core.Syntax;

/// <summary>
/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011): a stack, a buffer
/// (the words from <see cref="Next"/> on) and the arcs so far. The root is a virtual word numbered <see cref="Count"/>
/// at the bottom of the stack. Transitions: SHIFT pushes the next word; LEFT-ARC makes the next word the head of the
/// stack's top and pops it; RIGHT-ARC makes the word below the top its head and pops it. RIGHT-ARC onto the root is
/// allowed only once the buffer is empty, so every tree has exactly one root. Each word also keeps its two
/// outermost children on each side and which relations its children have, for the parser's features.
/// </summary>
internal sealed class ParserState
{
    /// <summary>The SHIFT transition.</summary>
    public const int Shift = 0;

    /// <summary>The LEFT-ARC transition.</summary>
    public const int Left = 1;

    /// <summary>The RIGHT-ARC transition.</summary>
    public const int Right = 2;

    /// <summary>Number of transitions.</summary>
    public const int Transitions = 3;

    private int[] _stack = [];

    public ParserState(int capacity = 64) => Resize(capacity);

    public int Count { get; private set; }

    public int Next { get; private set; }

    public int Depth { get; private set; }

    public int[] Heads { get; private set; } = [];

    public int[] Labels { get; private set; } = [];

    public int[] Left1 { get; private set; } = [];

    public int[] Left2 { get; private set; } = [];

    public int[] Right1 { get; private set; } = [];

    public int[] Right2 { get; private set; } = [];

    public byte[] LeftCount { get; private set; } = [];

    public byte[] RightCount { get; private set; } = [];

    public ulong[] LeftLabels { get; private set; } = [];

    public ulong[] RightLabels { get; private set; } = [];

    public bool IsTerminal => Next == Count && Depth == 1;

    /// <summary>The word <paramref name="k"/> places from the top of the stack (0: the top), or -1.</summary>
    public int Stack(int k) => k < Depth ? _stack[Depth - 1 - k] : -1;

    /// <summary>The word <paramref name="k"/> places into the buffer, or -1.</summary>
    public int Buffer(int k) => Next + k < Count ? Next + k : -1;

    /// <summary>Starts a sentence of <paramref name="count"/> words.</summary>
    public void Reset(int count)
    {
        if (count + 1 > Heads.Length)
        {
            Resize(Math.Max(count + 1, Heads.Length * 2));
        }

        Count = count;
        Next = 0;
        Depth = 1;
        _stack[0] = count;
        for (var i = 0; i <= count; i++)
        {
            Heads[i] = -1;
            Labels[i] = -1;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
    }

    /// <summary>SHIFT needs a next word.</summary>
    public bool CanShift => Next < Count;

    /// <summary>LEFT-ARC needs a word on the stack (not the root) and a next word.</summary>
    public bool CanLeft => Depth >= 2 && Next < Count;

    /// <summary>RIGHT-ARC needs two items on the stack; onto the root only at the end.</summary>
    public bool CanRight => Depth >= 3 || (Depth == 2 && Next == Count);

    /// <summary>The head the next LEFT-ARC (<paramref name="left"/>) or RIGHT-ARC would give the top of the stack.</summary>
    public int HeadFor(bool left) => left ? Next : _stack[Depth - 2];

    /// <summary>Applies a transition (<see cref="Shift"/>, <see cref="Left"/>, <see cref="Right"/>), with the relation of its arc.</summary>
    public void Apply(int transition, int label)
    {
        if (transition == Shift)
        {
            _stack[Depth++] = Next++;
        }
        else
        {
            var dependent = _stack[--Depth];
            AddArc(transition == Left ? Next : _stack[Depth - 1], dependent, label);
        }
    }

    /// <summary>Makes this configuration a copy of <paramref name="other"/> (the beam's items branch from their parents).</summary>
    public void CopyFrom(ParserState other)
    {
        var count = other.Count;
        if (count + 1 > Heads.Length)
        {
            Resize(Math.Max(count + 1, Heads.Length * 2));
        }

        Count = count;
        Next = other.Next;
        Depth = other.Depth;
        other._stack.AsSpan(0, Depth).CopyTo(_stack);
        var n = count + 1;
        other.Heads.AsSpan(0, n).CopyTo(Heads);
        other.Labels.AsSpan(0, n).CopyTo(Labels);
        other.Left1.AsSpan(0, n).CopyTo(Left1);
        other.Left2.AsSpan(0, n).CopyTo(Left2);
        other.Right1.AsSpan(0, n).CopyTo(Right1);
        other.Right2.AsSpan(0, n).CopyTo(Right2);
        other.LeftCount.AsSpan(0, n).CopyTo(LeftCount);
        other.RightCount.AsSpan(0, n).CopyTo(RightCount);
        other.LeftLabels.AsSpan(0, n).CopyTo(LeftLabels);
        other.RightLabels.AsSpan(0, n).CopyTo(RightLabels);
    }

    /// <summary>Whether <paramref name="transition"/> may be taken now.</summary>
    public bool CanApply(int transition) => transition switch
    {
        Shift => CanShift,
        Left => CanLeft,
        _ => CanRight,
    };

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            // LEFT-ARC children arrive right to left: each new one is the outermost.
            Left2[head] = Left1[head];
            Left1[head] = dependent;
            LeftCount[head] = (byte)Math.Min(LeftCount[head] + 1, 255);
            LeftLabels[head] |= bit;
        }
        else
        {
            Right2[head] = Right1[head];
            Right1[head] = dependent;
            RightCount[head] = (byte)Math.Min(RightCount[head] + 1, 255);
            RightLabels[head] |= bit;
        }
    }

    private void Resize(int capacity)
    {
        _stack = new int[capacity + 1];
        Heads = new int[capacity];
        Labels = new int[capacity];
        Left1 = new int[capacity];
        Left2 = new int[capacity];
        Right1 = new int[capacity];
        Right2 = new int[capacity];
        LeftCount = new byte[capacity];
        RightCount = new byte[capacity];
        LeftLabels = new ulong[capacity];
        RightLabels = new ulong[capacity];
    }
}
