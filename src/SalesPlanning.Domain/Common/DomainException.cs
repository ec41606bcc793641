namespace SalesPlanning.Domain.Common;

/// <summary>
/// A business rule was broken: bad input or an action in the wrong state. The message is written
/// for the person who caused it and may be shown to them as it is.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
