namespace Rho.Machine.Space;

/// <summary>
/// One channel's entry in <see cref="InMemoryRSpace{TK}"/>: its waiting data and its waiting continuations, oldest
/// first. An entry exists exactly while one of the two lists is non-empty, so a waiting datum or continuation can
/// hold its entries (<see cref="Datum.Home"/>, <see cref="WaitingContinuation{TK}.Homes"/>) and reach them with no
/// lookup: while the item waits, its entry cannot be removed.
/// </summary>
/// <typeparam name="TK">The continuation payload type.</typeparam>
internal sealed class Slot<TK>
{
    /// <summary>The stripe the entry lives in (<c>RSpace/stripes</c>): its channel's, set when the entry is made or moved.</summary>
    public int Stripe { get; set; }

    /// <summary>The channel the entry is for (set when the entry is created or reused).</summary>
    public Rho.Semantics.Core.Proc Channel { get; set; } = Rho.Semantics.Core.Nil.Instance;

    /// <summary>The waiting data, oldest first.</summary>
    public List<Datum> Data { get; } = [];

    /// <summary>The waiting continuations, oldest first.</summary>
    public List<WaitingContinuation<TK>> Conts { get; } = [];

    /// <summary>Whether a communication on the channel could fire: it holds both data and continuations.</summary>
    public bool Ready => Data.Count > 0 && Conts.Count > 0;

    /// <summary>Whether nothing waits on the channel any more.</summary>
    public bool Empty => Data.Count == 0 && Conts.Count == 0;
}
