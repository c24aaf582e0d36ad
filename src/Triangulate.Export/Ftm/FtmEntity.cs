using System.Text.Json;

namespace Triangulate.Export.Ftm;

/// <summary>
/// One FollowTheMoney entity as its JSON form holds it: an id, a schema and multi-valued string properties. Values
/// are kept within the length the property's type allows (a longer text is split into several values, a longer name
/// shortened at a word), and empty values are left out.
/// </summary>
public sealed class FtmEntity(string id, string schema)
{
    /// <summary>FollowTheMoney's <c>name</c> type: at most this many characters.</summary>
    public const int NameLength = 384;

    /// <summary>The <c>string</c> type.</summary>
    public const int StringLength = 1024;

    /// <summary>The <c>text</c> type.</summary>
    public const int TextLength = 65000;

    /// <summary>The <c>address</c> type.</summary>
    public const int AddressLength = 250;

    private readonly SortedDictionary<string, List<string>> _properties = new(StringComparer.Ordinal);

    /// <summary>The entity id.</summary>
    public string Id { get; } = id;

    /// <summary>The schema name.</summary>
    public string Schema { get; } = schema;

    /// <summary>Adds a value (shortened to <paramref name="maxLength"/> at a word); null or blank adds nothing.</summary>
    public FtmEntity Add(string property, string? value, int maxLength = StringLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return this;
        }

        var values = Values(property);
        var clean = Shorten(value.Trim(), maxLength);
        if (!values.Contains(clean))
        {
            values.Add(clean);
        }

        return this;
    }

    /// <summary>Adds each value.</summary>
    public FtmEntity AddAll(string property, IEnumerable<string?> values, int maxLength = StringLength)
    {
        foreach (var value in values)
        {
            Add(property, value, maxLength);
        }

        return this;
    }

    /// <summary>Adds a long text as one value, or as several consecutive values when it is longer than the type allows.</summary>
    public FtmEntity AddText(string property, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return this;
        }

        var values = Values(property);
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(TextLength, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            values.Add(text.Substring(start, length));
            start += length;
        }

        return this;
    }

    /// <summary>Writes the entity as one line of FollowTheMoney JSON (<c>{"id", "schema", "properties"}</c>).</summary>
    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", Id);
        json.WriteString("schema", Schema);
        json.WriteStartObject("properties");
        foreach (var (property, values) in _properties)
        {
            json.WriteStartArray(property);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private List<string> Values(string property)
    {
        if (!_properties.TryGetValue(property, out var values))
        {
            _properties[property] = values = [];
        }

        return values;
    }

    private static string Shorten(string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        var cut = value.LastIndexOf(' ', maxLength - 2);
        var end = cut > maxLength / 2 ? cut : maxLength - 1;
        if (char.IsHighSurrogate(value[end - 1]))
        {
            end--;
        }

        return value[..end].TrimEnd() + "…";
    }
}
