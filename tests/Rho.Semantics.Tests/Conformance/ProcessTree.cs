namespace Rho.Semantics.Tests.Conformance;

/// <summary>
/// What is left of the processes a shell command started, seen through <c>/proc</c> (Linux): the
/// runner must kill a command's whole tree on a timeout and reap the shell before it goes on.
/// </summary>
internal static class ProcessTree
{
    /// <summary>The pid a shell command wrote to <paramref name="file"/>.</summary>
    public static int PidIn(string file) => int.Parse(File.ReadAllText(file).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True when <paramref name="pid"/> no longer exists at all: it ended and its parent reaped it.</summary>
    public static bool Reaped(int pid) => !Directory.Exists($"/proc/{pid}");

    /// <summary>
    /// True when <paramref name="pid"/> ends within a few seconds (a killed orphan is reaped by
    /// init, not by us, so it may show as a zombie for a moment). A process nobody killed runs on.
    /// </summary>
    public static bool EndsSoon(int pid)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Reaped(pid) || IsZombie(pid))
            {
                return true;
            }
            Thread.Sleep(50);
        }
        return false;
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }
}
