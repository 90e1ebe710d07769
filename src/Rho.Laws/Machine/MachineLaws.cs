using Rho.Semantics.Fuzz;
using Rho.Laws.Generators;
using Rho.Laws.Properties;
using Rho.Semantics;
using Rho.Semantics.Errors;
using Rho.Semantics.Reduction;

namespace Rho.Laws.Machine;

/// <summary>
/// The machine laws (spec/machine.md, "Laws") on generated programs, each compared with the reference reducer's
/// exact outcome set: a seeded sweep (<see cref="AgreementCases"/>, pinned seed 7) and a shrinking property over
/// choice lists (FsCheck and Hedgehog, pinned seed <see cref="Props.Pinned"/>).
/// </summary>
internal static class MachineLaws
{
    private static Counterexample Fail(AgreementCase c, string message) =>
        new(c.Source, $"generator seed {c.Seed}: {message}\nreducer outcomes:\n" + string.Join("\n", c.Exploration.Outcomes.Select(OutcomeOracle.Show)));

    /// <summary>The run is an outcome of the case, or exhausted the budget on a program that can diverge.</summary>
    private static bool Sound(MachineRun r, Exploration e) => r.BudgetExhausted ? e.Divergent : OutcomeOracle.IsOutcome(r, e);

    /// <summary>What a run adds to the count of checked runs: one, unless it exhausted the budget (then it checked only divergence).</summary>
    internal static int Checked(MachineRun r) => r.BudgetExhausted ? 0 : 1;

    /// <summary>
    /// Whether the seeded sweep exercised <c>Law/soundness</c>: more than five checked runs per program on average
    /// (of its <see cref="AgreementCases.Schedules"/>), so that a sweep of mostly diverging programs does not pass unseen.
    /// </summary>
    internal static bool Exercised(int checkedRuns, int programs) => checkedRuns > programs * 5;

    public static IEnumerable<Law<IMachine>> All()
    {
        yield return new(["Law/soundness"], "generated programs", "every machine outcome of a generated program is a reducer outcome, under fifo and five random seeds on both primitive paths.", AgreementCases.Pinned, (m, c) =>
        {
            var programs = c.Tests(150);
            var runs = 0;
            foreach (var k in AgreementCases.Generate(c.Seed, programs))
            {
                foreach (var s in AgreementCases.Schedules())
                {
                    var r = m.Run(k.Source, s);
                    if (!Sound(r, k.Exploration))
                    {
                        return Fail(k, $"under {s}: machine {OutcomeOracle.Show(r)}");
                    }
                    runs += Checked(r);
                }
            }
            return Exercised(runs, programs) ? null : new Counterexample("(no program)", $"only {runs} runs checked: the law was not exercised");
        });
        yield return new(["Law/soundness"], "shrinking", "as a shrinking property: on fifo, random and both paths, a run is a reducer outcome.", Props.Pinned, (m, c) =>
            ForAll.Choices(xs => ShrinkingSoundness(m, xs), ChoiceGens.ProgramOf, c.Tests(60), 40, c.Seed));
        yield return new(["Law/channel-trick"], "both paths", "where the reducer has one outcome, the direct and channel paths both give exactly it on every schedule.", AgreementCases.Pinned, (m, c) =>
        {
            var checkedPrograms = 0;
            foreach (var k in AgreementCases.Generate(c.Seed, c.Tests(150)).Where(k => k.Exploration.Outcomes.Count == 1))
            {
                checkedPrograms++;
                foreach (var s in new[] { new Schedule(), new Schedule(true, 1), new Schedule(true, 2) })
                {
                    var direct = m.Run(k.Source, s);
                    var channel = m.Run(k.Source, s with { ChannelPrimitives = true });
                    if (!OutcomeOracle.IsOutcome(direct, k.Exploration) || !OutcomeOracle.IsOutcome(channel, k.Exploration))
                    {
                        return Fail(k, $"under {s}: direct {OutcomeOracle.Show(direct)}; channel {OutcomeOracle.Show(channel)}");
                    }
                }
            }
            return checkedPrograms > 30 ? null : new Counterexample("(no program)", $"only {checkedPrograms} deterministic programs");
        });
        yield return new(["Law/multiset"], "par order", "P | Q and Q | P run alike under fifo and random schedules on both paths.", AgreementCases.Pinned, (m, c) =>
        {
            for (var i = 0; i < c.Tests(40); i++)
            {
                var g = new SourceGen(unchecked(((int)c.Seed * 1000) + i));
                var (p, q) = (g.Body(1 + (i % 4)), g.Body(1 + (i % 3)));
                var pq = SourceGen.Wrap(p + " | " + q);
                var qp = SourceGen.Wrap(q + " | " + p);
                foreach (var s in new[] { new Schedule(MaxSteps: 20_000), new Schedule(true, i, true, 20_000) })
                {
                    var (a, b) = (OutcomeOracle.Show(m.Run(pq, s)), OutcomeOracle.Show(m.Run(qp, s)));
                    if (a != b)
                    {
                        return new Counterexample(pq, $"under {s}: {a}\nbut {qp}\nran {b}");
                    }
                }
            }
            return null;
        });
        yield return new(["Law/isolation"], "a failing process beside", "where P has one outcome, P | @Nil!(1 / 0) gives the same output and residual and one more div-zero error.", AgreementCases.Pinned, (m, c) =>
        {
            foreach (var k in AgreementCases.Generate(c.Seed, c.Tests(40)).Where(k => k.Exploration.Outcomes.Count == 1))
            {
                var failing = k.Source[..k.Source.LastIndexOf('}')] + " | @Nil!(1 / 0)\n}";
                foreach (var s in new[] { new Schedule(), new Schedule(true, 3, true) })
                {
                    var alone = m.Run(k.Source, s);
                    var beside = m.Run(failing, s);
                    var kinds = beside.ErrorKinds.ToList();
                    var stripped = beside with { ErrorKinds = kinds.Remove(ErrorKinds.DivZero) ? kinds : beside.ErrorKinds };
                    if (!OutcomeOracle.IsOutcome(alone, k.Exploration) || !OutcomeOracle.IsOutcome(stripped, k.Exploration) || stripped.ErrorKinds.Count != beside.ErrorKinds.Count - 1)
                    {
                        return Fail(k, $"under {s}: alone {OutcomeOracle.Show(alone)}\nbeside {failing}\nran {OutcomeOracle.Show(beside)}");
                    }
                }
            }
            return null;
        });
    }

    private static bool ShrinkingSoundness(IMachine m, int[] choices)
    {
        var source = ChoiceGens.ProgramOf(choices);
        var exploration = Rholang.Reduce(source, new ExploreOptions(MaxStates: 2000));
        return exploration.Verdict != Verdict.Complete
            || new[] { new Schedule(MaxSteps: 100_000), new Schedule(true, 1, true, 100_000), new Schedule(true, 2, false, 100_000) }
                .All(s => Sound(m.Run(source, s), exploration));
    }
}
