namespace Triangulate.Export;

/// <summary>A case that a format cannot hold (thrown before anything is written); the message says why, in one line.</summary>
/// <param name="message">Why.</param>
public sealed class ExportException(string message) : Exception(message);
