namespace Triangulate.Core.Entities;

/// <summary>
/// Recognises model designations of vehicles and weapon systems by their form: letters, a hyphen, digits, an optional
/// suffix ("An-124", "T-72", "F-16", "Mi-8s"), or a short capital prefix glued to digits ("A320", "F35"). Codes in
/// <see cref="EntityLexicon.NotProducts"/> ("COVID-19", "G20"), or whose letters are listed there ("Top-10",
/// "Under-21"), are excluded.
/// </summary>
internal static class ProductCodes
{
    /// <summary>Whether <paramref name="token"/> has the form of a designation.</summary>
    public static bool IsCode(ReadOnlySpan<char> token, EntityLexicon lexicon)
    {
        if (token.Length < 3 || !char.IsUpper(token[0]))
        {
            return false;
        }

        var i = 0;
        var uppers = 0;
        while (i < token.Length && char.IsLetter(token[i]))
        {
            uppers += char.IsUpper(token[i]) ? 1 : 0;
            i++;
        }

        var letters = i;
        if (letters is 0 or > 12)
        {
            return false;
        }

        var hyphen = i < token.Length && token[i] == '-';
        if (hyphen)
        {
            i++;
        }
        else if (letters > 4 || uppers != letters)
        {
            return false; // "A320", "MQ9", but not "Covid19" or "Room101"
        }

        var digitsStart = i;
        while (i < token.Length && char.IsAsciiDigit(token[i]))
        {
            i++;
        }

        if (i == digitsStart || (!hyphen && i - digitsStart < 2))
        {
            return false;
        }

        // An optional suffix of letters ("M", "s", "Ms"), or a second hyphenated part ("-2M").
        while (i < token.Length && (char.IsLetterOrDigit(token[i]) || token[i] == '-'))
        {
            i++;
        }

        if (i != token.Length)
        {
            return false;
        }

        var lookup = lexicon.NotProducts.GetAlternateLookup<ReadOnlySpan<char>>();
        return !lookup.Contains(token) && !lookup.Contains(token[..letters]);
    }
}
