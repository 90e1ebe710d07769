namespace Rho.Machine.Space;

/// <summary>
/// The lock of one stripe of <see cref="InMemoryRSpace{TK}"/> (<c>RSpace/stripes</c>): a test-and-test-and-set
/// spin lock, not reentrant. A stripe is held for a few hundred instructions at most (one produce, consume or poll),
/// so a waiter spins, then yields and sleeps (<see cref="SpinWait"/>) rather than blocking in the kernel; taking it
/// free costs one compare-and-swap and no thread identity. Its fields are padded so that two gates never share a
/// cache line.
/// </summary>
internal sealed class Gate
{
    private int _held;

#pragma warning disable CS0169 // padding only: never read or written
    private Padding _padding;
#pragma warning restore CS0169

    /// <summary>Whether some thread holds it (for tests).</summary>
    public bool IsHeld => Volatile.Read(ref _held) != 0;

    /// <summary>Takes the gate, waiting while another thread holds it.</summary>
    public void Enter()
    {
        if (Interlocked.CompareExchange(ref _held, 1, 0) != 0)
        {
            EnterContended();
        }
    }

    /// <summary>Lets the gate go; only its holder calls it.</summary>
    public void Exit() => Volatile.Write(ref _held, 0);

    private void EnterContended()
    {
        var spin = default(SpinWait);
        do
        {
            // Stryker disable once Statement : without the back-off the waiter spins hot; it still takes the gate only when free
            spin.SpinOnce();
        }
        while (Volatile.Read(ref _held) != 0 || Interlocked.CompareExchange(ref _held, 1, 0) != 0);
    }

    /// <summary>128 bytes: two cache lines of 64 bytes, or one of 128.</summary>
    [System.Runtime.CompilerServices.InlineArray(16)]
    private struct Padding
    {
#pragma warning disable CS0169 // padding only: never read or written
        private long _element;
#pragma warning restore CS0169
    }
}
