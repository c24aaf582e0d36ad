using System.Runtime.InteropServices;

namespace Triangulate.Core.Syntax;

/// <summary>
/// Zeroed native memory for the weight tables, in 2 MB pages where the system grants them. A model's tables are
/// tens of megabytes read at random: with 4 KB pages nearly every lookup also misses the address translation cache
/// and walks the page tables, a second miss to memory; with 2 MB pages a few dozen entries cover them all. On Linux
/// the memory is aligned to 2 MB and marked with <c>madvise(MADV_HUGEPAGE)</c>, which transparent huge pages honour
/// in their default <c>madvise</c> mode; elsewhere, or if the call fails, it is ordinary memory.
/// </summary>
internal static unsafe partial class LargePages
{
    private const nuint HugePage = 2 * 1024 * 1024;
    private const int MadviseHugePage = 14;

    /// <summary>A block of <paramref name="count"/> zeroed <typeparamref name="T"/>; free it with <see cref="Free"/>.</summary>
    public static T* Allocate<T>(long count)
        where T : unmanaged
    {
        var bytes = (nuint)Math.Max(1, count) * (nuint)sizeof(T);
        var large = bytes >= HugePage / 2;
        var size = large ? (bytes + HugePage - 1) / HugePage * HugePage : bytes;
        var memory = NativeMemory.AlignedAlloc(size, large ? HugePage : 64);
        if (large && OperatingSystem.IsLinux())
        {
            _ = Madvise(memory, size, MadviseHugePage);
        }

        NativeMemory.Clear(memory, size);
        return (T*)memory;
    }

    /// <summary>Frees a block from <see cref="Allocate{T}"/>.</summary>
    public static void Free(void* memory) => NativeMemory.AlignedFree(memory);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
