namespace Rho.Semantics.Mutation;

/// <summary>
/// The semantic mutants (spec/mutants.md): deliberately broken variants of the reducer, the
/// matcher, the evaluator, the printer, the congruence, the compiler and the machine. Each is a
/// one- or two-line switch at the point it breaks, off unless a <see cref="Mutants.Enable"/> scope
/// turns it on; the suite and the laws must detect every one. The id of each is in
/// <see cref="Mutants.Id"/>.
/// </summary>
public enum Mutant
{
    /// <summary>No mutant: the production behaviour.</summary>
    None = 0,

    /// <summary><c>Mutant/comm-ignores-patterns</c>: a COMM fires on a send whose arguments do not match, binding Nil.</summary>
    CommIgnoresPatterns,

    /// <summary><c>Mutant/persistence-dropped</c>: the reducer consumes persistent sends and receives as if linear.</summary>
    PersistenceDropped,

    /// <summary><c>Mutant/peek-consumes</c>: a peek consumes the sends it reads.</summary>
    PeekConsumes,

    /// <summary><c>Mutant/join-partial</c>: a join fires when only some of its channels have a matching send, binding Nil for the rest.</summary>
    JoinPartial,

    /// <summary><c>Mutant/stdoutack-never-acks</c>: <c>stdoutAck</c> and <c>stderrAck</c> print but never send the acknowledgement.</summary>
    StdoutAckNeverAcks,

    /// <summary><c>Mutant/new-not-fresh</c>: every <c>new</c> numbers its names from 0, so two <c>new x</c> share a name.</summary>
    NewNotFresh,

    /// <summary><c>Mutant/bundle-permission-unchecked</c>: the reducer unwraps a bundle channel without checking its polarity.</summary>
    BundlePermissionUnchecked,

    /// <summary><c>Mutant/match-last-case</c>: <c>match</c> fires the last matching case instead of the first.</summary>
    MatchLastCase,

    /// <summary><c>Mutant/remainder-wrong</c>: a list remainder variable binds the whole list instead of the elements left.</summary>
    RemainderWrong,

    /// <summary><c>Mutant/mod-sign-of-divisor</c>: Int <c>%</c> takes the sign of the divisor instead of the dividend.</summary>
    ModSignOfDivisor,

    /// <summary><c>Mutant/length-off-by-one</c>: the method <c>length</c> answers one more than the length.</summary>
    LengthOffByOne,

    /// <summary><c>Mutant/print-drops-map-value</c>: the printer drops the value of a map's last pair.</summary>
    PrintDropsMapValue,

    /// <summary><c>Mutant/cong-order-ignores-persistence</c>: the canonical order of sends ignores the persistent flag.</summary>
    CongOrderIgnoresPersistence,

    /// <summary><c>Mutant/par-order-dependent</c>: a compiled process keeps its sequences in the order given instead of the canonical byte order.</summary>
    ParOrderDependent,

    /// <summary><c>Mutant/quote-uncompiled</c>: QUOTE carries the quoted term as inert data instead of its compiled code.</summary>
    QuoteUncompiled,

    /// <summary><c>Mutant/scheduler-loses-machine</c>: linking a process with two or more sequences never schedules the second.</summary>
    SchedulerLosesMachine,

    /// <summary><c>Mutant/channel-trick-sub-swapped</c>: the primitive processor (<c>Prim/channel</c>) swaps the operands of SUB.</summary>
    ChannelTrickSubSwapped,

    /// <summary><c>Mutant/rspace-persistence-dropped</c>: the machine's RSpace removes persistent data after a COMM.</summary>
    RSpacePersistenceDropped,

    /// <summary><c>Mutant/budget-off-by-one</c>: the machine's step budget allows one step fewer than asked.</summary>
    BudgetOffByOne,

    /// <summary><c>Mutant/binding-first-only</c>: the machine takes a pattern's first binding under every policy, so the random and controlled modes miss the others (<c>RSpace/binding</c>).</summary>
    BindingFirstOnly,
}
