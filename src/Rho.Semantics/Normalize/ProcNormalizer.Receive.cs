using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Syntax;

namespace Rho.Semantics.Normalize;

/// <summary>Receives: sequential receipts, complex sources, and the join itself.</summary>
internal sealed partial class ProcNormalizer
{
    private Proc For(SFor f, Env env, FreeScope free)
    {
        if (f.Receipts.Count > 1)
        {
            return Norm(Desugar.Sequential(f), env, free);
        }
        var receipt = f.Receipts[0];
        if (Desugar.HasComplexSource(receipt))
        {
            if (receipt.Kind != ReceiveKind.Linear)
            {
                throw RhoException.Crash("Normalizer: the grammar allows ?! and !? sources only in linear receipts");
            }
            return Norm(_desugar.ComplexSources(f), env, free);
        }
        return Join(f, receipt, env, free);
    }

    /// <summary>
    /// <c>Norm/receive</c>: <c>for (ps1 ...@r1 &lt;- c1 &amp; … &amp; psn ...@rn &lt;- cn) { P }</c>. The channels
    /// are normalized first, in the enclosing scope; each bind's patterns are a pattern of their
    /// own (names: <c>x</c> binds a name variable, <c>@x</c> a process variable), numbered from 0;
    /// the body sees the variables of all binds concatenated in bind order. Checks:
    /// <c>Static/receive-connective</c>, <c>Static/same-channel</c>, <c>Static/variable-reuse</c>.
    /// </summary>
    private Receive Join(SFor f, SReceipt receipt, Env env, FreeScope free)
    {
        var sources = receipt.Binds.Map(b => Name(((SSimpleSource)b.Source).Name, env, free));
        var penv = env.EnterPattern();
        var scopes = new List<FreeScope>();
        var binds = new List<ReceiveBind>();
        for (var j = 0; j < receipt.Binds.Count; j++)
        {
            var b = receipt.Binds[j];
            var vars = new FreeScope();
            var patterns = b.Names.Map(n =>
            {
                var t = Name(n, penv, vars);
                if (env.PatternDepth == 0)
                {
                    CheckReceivePattern(vars);
                }
                return t;
            });
            var remainder = Remainder(b.Remainder, vars);
            scopes.Add(vars);
            binds.Add(new ReceiveBind(patterns, sources[j], remainder, vars.Vars.Count));
        }
        for (var j = 1; j < sources.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (ChannelEquality.Same(sources[i], sources[j]))
                {
                    throw RhoException.Invalid(
                        ErrorKinds.ReceiveSameChannel,
                        receipt.Binds[j].Source.Pos,
                        $"a join receives twice on the same channel (binds {i + 1} and {j + 1}); the reference does not allow it");
                }
            }
        }
        var all = new List<Binding>();
        foreach (var v in scopes.SelectMany(s => s.Vars))
        {
            if (all.Find(a => a.Name == v.Name) is { } first)
            {
                throw RhoException.Invalid(
                    ErrorKinds.VariableReuse,
                    v.Pos,
                    $"variable {v.Name} is bound by two binds of one join (first at {first.Pos})");
            }
            all.Add(v);
        }
        var body = Norm(f.Body, env.Bind(all), free);
        return new Receive(binds.ToSeq(), body, receipt.Kind, all.Count) { At = f.Pos };
    }

    /// <summary>
    /// <c>Static/receive-connective</c>: outside every pattern, a receive's (or contract's) formals
    /// may use <c>/\</c> but not <c>\/</c> or <c>~</c>, at any depth of the formal itself.
    /// </summary>
    private static void CheckReceivePattern(FreeScope vars)
    {
        if (vars.Connectives.Find(c => !c.Symbol.StartsWith("/\\", StringComparison.Ordinal)) is { } bad)
        {
            throw RhoException.Invalid(
                ErrorKinds.ReceivePatternConnective,
                bad.Pos,
                $"{bad.Symbol} is not allowed in a receive pattern; only /\\ (conjunction) is");
        }
    }
}
