using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Syntax;

namespace Rho.Semantics.Normalize;

/// <summary>The binders other than receive: new, match, let; and bundle.</summary>
internal sealed partial class ProcNormalizer
{
    /// <summary>
    /// <c>Norm/new</c>: <c>new x1, …, xn in P</c> binds a group of name variables: the plain names in
    /// declaration order, then the URI-bound names sorted by URI (ordinal), whose URIs are listed in
    /// <see cref="Core.New.Uris"/> in that order. Each URI must be known (<c>Static/unknown-uri</c>).
    /// </summary>
    private New New(SNew n, Env env, FreeScope free)
    {
        foreach (var d in n.Decls)
        {
            if (d.Uri is not null && !Literals.KnownUris.Contains(Literals.Uri(d.Uri)))
            {
                throw RhoException.Invalid(
                    ErrorKinds.UnknownUri,
                    d.Pos,
                    $"unknown system URI `{d.Uri}` for {d.Name}; known: " + string.Join(", ", Literals.KnownUris.Order(StringComparer.Ordinal)));
            }
        }
        // OrderBy is stable: names with equal URIs keep their declaration order.
        var ordered = n.Decls.Where(d => d.Uri is null)
            .Concat(n.Decls.Where(d => d.Uri is not null).OrderBy(d => Literals.Uri(d.Uri!), StringComparer.Ordinal))
            .ToList();
        var group = ordered.Select(d => new Binding(d.Name, VarSort.Name, d.Pos)).ToList();
        var uris = ordered.Where(d => d.Uri is not null).Select(d => Literals.Uri(d.Uri!)).ToSeq();
        var body = Norm(n.Body, env.Bind(group), free);
        return new New(group.Count, uris, body) { At = n.Pos };
    }

    /// <summary>
    /// <c>Norm/match</c>: <c>match p { q1 => P1 … }</c>. Each case pattern is a pattern of its own;
    /// its variables, numbered in order of first occurrence, are the group bound in the case body.
    /// </summary>
    private Match Match(SMatch m, Env env, FreeScope free)
    {
        var target = Norm(m.Target, env, free);
        var cases = m.Cases.Map(c =>
        {
            var vars = new FreeScope();
            var pattern = Norm(c.Pattern, env.EnterPattern(), vars);
            var body = Norm(c.Body, env.Bind(vars.Vars), free);
            return new MatchCase(pattern, body, vars.Vars.Count);
        });
        return new Match(target, cases) { At = m.Pos };
    }

    /// <summary>
    /// <c>Norm/let-sequential</c>: <c>let ps ...@r &lt;- vs ; rest in { P }</c> is
    /// <c>match [vs] { [ps ...@r] => let rest in { P } }</c>, where the formals ps are names
    /// (so <c>x</c> binds a name variable and <c>@x</c> a process variable). A concurrent let is
    /// rewritten (<c>Norm/let-concurrent</c>).
    /// </summary>
    private Proc Let(SLet l, Env env, FreeScope free) =>
        l.Kind == LetKind.Concurrent && l.Decls.Count > 1
            ? Norm(_desugar.ConcurrentLet(l), env, free)
            : SequentialLet(l, 0, env, free);

    private Match SequentialLet(SLet l, int i, Env env, FreeScope free)
    {
        var d = l.Decls[i];
        var values = new EList(Many(d.Values, env, free), null) { At = d.Pos };
        var vars = new FreeScope();
        var penv = env.EnterPattern();
        var formals = d.Names.Map(n => Name(n, penv, vars));
        var pattern = new EList(formals, Remainder(d.Remainder, vars)) { At = d.Pos };
        var inner = env.Bind(vars.Vars);
        var rest = i + 1 < l.Decls.Count ? SequentialLet(l, i + 1, inner, free) : Norm(l.Body, inner, free);
        return new Match(values, Seq.Of(new MatchCase(pattern, rest, vars.Vars.Count))) { At = d.Pos };
    }

    /// <summary>
    /// <c>Norm/bundle</c>: <c>bundle± { P }</c>, with <c>Static/bundle-content</c>: P has no
    /// connective at its top and binds no pattern variable or wildcard. A bundle directly inside
    /// a bundle merges into one whose permissions are the conjunction of both.
    /// </summary>
    private Bundle Bundle(SBundle b, Env env, FreeScope free)
    {
        var varsBefore = free.Vars.Count;
        var wildcardsBefore = free.Wildcards.Count;
        var body = Norm(b.Body, env, free);
        foreach (var part in body is Par par ? par.Procs : Seq.Of(body))
        {
            if (part is ConnAnd or ConnOr or ConnNot or ConnType or Core.VarRef)
            {
                throw RhoException.Invalid(ErrorKinds.BundleContent, part.At.Pos, "a bundle's content must not be a connective or a variable reference");
            }
        }
        if (free.Wildcards.Count > wildcardsBefore)
        {
            throw RhoException.Invalid(ErrorKinds.BundleContent, free.Wildcards[wildcardsBefore], "a bundle's content must not have wildcards");
        }
        if (free.Vars.Count > varsBefore)
        {
            var v = free.Vars[varsBefore];
            throw RhoException.Invalid(ErrorKinds.BundleContent, v.Pos, $"a bundle's content must not have free variables ({v.Name} is free)");
        }
        var (read, write) = b.Kind switch
        {
            BundleKind.Write => (false, true),
            BundleKind.Read => (true, false),
            BundleKind.Equiv => (false, false),
            BundleKind.ReadWrite => (true, true),
            _ => throw RhoException.Crash($"Normalizer: unknown bundle kind {b.Kind}"),
        };
        return body is Bundle inner
            ? new Bundle(inner.Body, read && inner.Read, write && inner.Write) { At = b.Pos }
            : new Bundle(body, read, write) { At = b.Pos };
    }
}
