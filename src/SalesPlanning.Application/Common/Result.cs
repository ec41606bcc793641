namespace SalesPlanning.Application.Common;

public enum ResultStatus
{
    Ok,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>What a service call came to. Pages and endpoints map it; nobody catches exceptions in markup.</summary>
public sealed record Result<T>
{
    private Result(ResultStatus status, T? value, IReadOnlyDictionary<string, string[]>? errors)
    {
        Status = status;
        Value = value;
        Errors = errors ?? new Dictionary<string, string[]>();
    }

    public ResultStatus Status { get; }
    public T? Value { get; }

    /// <summary>Messages by field name ("" for the whole request).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsOk => Status == ResultStatus.Ok;

    public static Result<T> Ok(T value) => new(ResultStatus.Ok, value, null);
    public static Result<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(ResultStatus.Invalid, default, errors);
    public static Result<T> NotFound() => new(ResultStatus.NotFound, default, null);
    public static Result<T> Forbidden() => new(ResultStatus.Forbidden, default, null);
    /// <summary>The same failure for a result of another type.</summary>
    public static Result<T> From<TOther>(Result<TOther> failed) => new(failed.Status, default, failed.Errors);

    public static Result<T> Conflict(string message) =>
        new(ResultStatus.Conflict, default, new Dictionary<string, string[]> { [""] = [message] });
}
