namespace ScsSim.Cli;

/// <summary>One line for the user: the message, never a stack trace.</summary>
internal static class ErrorText
{
    public static string Of(Exception exception)
    {
        var e = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        return e.Message.ReplaceLineEndings(" ");
    }
}
