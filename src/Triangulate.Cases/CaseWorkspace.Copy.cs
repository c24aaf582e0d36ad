namespace Triangulate.Cases;

/// <summary>Copying a case from one store to another (SQLite to PostgreSQL and back).</summary>
public sealed partial class CaseWorkspace
{
    /// <summary>Documents copied in one transaction.</summary>
    private const int CopyPage = 200;

    /// <summary>
    /// Copies every document (with its annotations, in the order they entered the case) and every decision of
    /// <paramref name="source"/> into this case, which must be empty, then resolves it here: the copy's views equal the
    /// original's. The source is read as one consistent state, whatever another process writes to it meanwhile; this
    /// case is held for the whole copy.
    /// </summary>
    /// <returns>How many documents and decisions were copied.</returns>
    public (int Documents, int Decisions) CopyFrom(CaseWorkspace source, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        HoldWriteLock("copy");
        var held = _store.Status();
        if (held.Documents > 0 || _store.Decisions().Count > 0)
        {
            throw new InvalidOperationException($"the case '{Display}' is not empty ({held.Documents} documents): copy into a new case");
        }

        int documents = 0, decisions;
        using (source.Store.ReadSnapshot())
        {
            var total = (int)source.Store.Status().Documents;
            long after = 0;
            while (true)
            {
                var page = source.Store.Documents(after, CopyPage).ToList();
                if (page.Count == 0)
                {
                    break;
                }

                _store.Add(page.Select(d => d.Document).ToList());
                documents += page.Count;
                after = page[^1].Sequence;
                progress?.Invoke(documents, total);
            }

            var made = source.Store.Decisions();
            foreach (var (kind, a, b) in made)
            {
                _store.AddDecision(kind, a, b);
            }

            decisions = made.Count;
        }

        Update();
        return (documents, decisions);
    }
}
