namespace Rho.Semantics.Core;

/// <summary>
/// Runs a recursive pass on a thread with a large stack. The passes over terms (parse, normalize,
/// canonicalize, print, substitute, match, evaluate) are structurally recursive, like the
/// grammar; running them on a 1 GiB stack lets programs nested 10,000 levels deep and more go
/// through without a stack overflow, while keeping the code in the shape of the spec.
/// </summary>
public static class DeepStack
{
    /// <summary>The stack size of the worker thread, in bytes.</summary>
    public const int StackBytes = 1 << 30;

    [ThreadStatic]
    private static bool t_onDeepStack;

    /// <summary>
    /// Runs <paramref name="f"/> on a large-stack thread and returns its result, rethrowing its
    /// exception unchanged. Nested calls run inline.
    /// </summary>
    public static T Run<T>(Func<T> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (t_onDeepStack)
        {
            return f();
        }
        T result = default!;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                t_onDeepStack = true;
                try
                {
                    result = f();
                }
#pragma warning disable CA1031 // The exception is captured and rethrown on the calling thread.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    error = e;
                }
            },
            StackBytes);
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        }
        return result;
    }
}
