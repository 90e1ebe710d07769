using Rho.Semantics.Core;

namespace Rho.Compiler.Bytecode;

/// <summary>An entry of a code's constant pool (spec/bytecode.md, "Pool entries").</summary>
public abstract record Const;

/// <summary>A closed ground value, pushed by <c>Op/PUSH_CONST</c>.</summary>
/// <param name="Value">A closed value: literal, unforgeable name or system channel.</param>
public sealed record ValueConst(Proc Value) : Const;

/// <summary>An expression in process position, discarded by <c>Expr/inert</c>; kept so that <c>[| P |]</c> stays injective.</summary>
/// <param name="Term">The expression (it may mention the environment's variables).</param>
public sealed record InertConst(Proc Term) : Const;

/// <summary>A pattern for <c>Op/MATCH</c> and <c>Op/MATCHES</c>, with the number of variables it binds.</summary>
/// <param name="Pattern">The pattern term; its var refs and bound variables refer to the environment.</param>
/// <param name="FreeCount">How many pattern variables it binds.</param>
public sealed record PatternConst(Proc Pattern, int FreeCount) : Const;

/// <summary>One bind of a receive (its patterns, remainder and binding count), for <c>Op/RECEIVE</c>.</summary>
/// <param name="Patterns">The patterns, one per argument.</param>
/// <param name="Remainder">The remainder pattern, if any.</param>
/// <param name="FreeCount">How many pattern variables the bind binds.</param>
public sealed record BindConst(Seq<Proc> Patterns, Proc? Remainder, int FreeCount) : Const;

/// <summary>The compiled code of a quoted process, pushed as a name by <c>Op/QUOTE</c> (<c>Law/quote</c>).</summary>
/// <param name="Process">[| P |].</param>
public sealed record QuoteConst(CompiledProcess Process) : Const;

/// <summary>A code unit: a receive body, a match branch; it runs with <see cref="Binds"/> new variables in front of its environment.</summary>
/// <param name="Binds">How many variables the unit binds.</param>
/// <param name="Body">The compiled body.</param>
public sealed record UnitConst(int Binds, CompiledProcess Body) : Const;

/// <summary>A method name for <c>Op/METHOD</c>.</summary>
/// <param name="Name">The method's name.</param>
public sealed record MethodConst(string Name) : Const;
