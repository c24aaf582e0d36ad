using System.Runtime.InteropServices;

namespace Triangulate.Readers.Limits;

/// <summary>
/// What kind of file system entry a path is, for the inputs a reader must not open: a FIFO blocks the reader
/// forever, and a device such as <c>/dev/zero</c> never ends. .NET does not expose the file type on Unix, so it is
/// read with <c>statx</c> (whose layout is the same on every Linux architecture); elsewhere every file counts as
/// regular.
/// </summary>
internal static class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;

    /// <summary>Null for a regular file (or when the type cannot be told); otherwise what the entry is, in words.</summary>
    public static string? NotRegular(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        // stx_mode: a 16-bit field at offset 28 of struct statx
        var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        return mode switch
        {
            0x8000 or 0x4000 => null,
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "not a regular file",
        };
    }

    // DllImport rather than LibraryImport: the generated marshaller would need the project to allow unsafe code.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
#pragma warning restore SYSLIB1054
}
