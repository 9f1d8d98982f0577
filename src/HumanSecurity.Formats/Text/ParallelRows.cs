using System.Runtime.ExceptionServices;
using nietras.SeparatedValues;

namespace HumanSecurity.Formats.Text;

/// <summary>Sep's <c>ParallelEnumerate</c>, in file order, with input errors raised while reading (a NUL byte, invalid
/// UTF-8: <see cref="TextCheck"/>) passed on as the <see cref="InvalidInputException"/> they are, not wrapped in the
/// <see cref="AggregateException"/> of Sep's worker tasks.</summary>
internal static class ParallelRows
{
    public static IEnumerable<T> Of<T>(SepReader reader, SepReader.RowFunc<T> parse)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var rows = reader.ParallelEnumerate(parse).GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = rows.MoveNext();
            }
            catch (AggregateException e) when (e.Flatten().InnerExceptions.OfType<InvalidInputException>().FirstOrDefault() is { } input)
            {
                ExceptionDispatchInfo.Throw(input);
                throw;
            }
            if (!more) yield break;
            yield return rows.Current;
        }
    }
}
