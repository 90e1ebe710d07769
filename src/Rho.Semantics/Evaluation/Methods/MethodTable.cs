using System.Collections.Frozen;
using Rho.Semantics.Core;

namespace Rho.Semantics.Evaluation;

/// <summary>A method call whose target and arguments are already evaluated; errors blame <see cref="At"/>.</summary>
internal readonly record struct Call(string Name, Proc Target, Seq<Proc> Args, SourcePos At)
{
    /// <summary>The target as one expression's value (<c>Expr/single</c>).</summary>
    public Proc Receiver() => Evaluator.Single(Target, At);

    /// <summary><c>Error/unknown-method</c>: this method is not defined on <paramref name="v"/>'s type.</summary>
    public Errors.RhoException NotDefinedOn(Proc v) => Fail.MethodNotDefined(At, Name, v);
}

/// <summary>One method: its name, its number of arguments and its body.</summary>
internal sealed record MethodSpec(string Name, int Arity, Func<Call, Proc> Body);

/// <summary>
/// The method table (spec/expressions.md, "Methods"), keyed by name. Applying a method checks
/// that it exists (<c>Error/unknown-method</c>) and its arity (<c>Error/arity</c>) before its
/// body runs, as every method of the reference does.
/// </summary>
internal static class MethodTable
{
    private static readonly FrozenDictionary<string, MethodSpec> Table = new MethodSpec[]
    {
        new("nth", 1, SequenceMethods.Nth),
        new("toByteArray", 0, ByteMethods.ToByteArray),
        new("toInt", 0, ConversionMethods.ToInt),
        new("toBigInt", 0, ConversionMethods.ToBigInt),
        new("hexToBytes", 0, ByteMethods.HexToBytes),
        new("bytesToHex", 0, ByteMethods.BytesToHex),
        new("toUtf8Bytes", 0, ByteMethods.ToUtf8Bytes),
        new("union", 1, CollectionMethods.Union),
        new("diff", 1, CollectionMethods.Diff),
        new("add", 1, CollectionMethods.Add),
        new("delete", 1, CollectionMethods.Delete),
        new("contains", 1, CollectionMethods.Contains),
        new("get", 1, CollectionMethods.Get),
        new("getOrElse", 2, CollectionMethods.GetOrElse),
        new("set", 2, CollectionMethods.Set),
        new("keys", 0, CollectionMethods.Keys),
        new("size", 0, CollectionMethods.Size),
        new("length", 0, SequenceMethods.Length),
        new("slice", 2, SequenceMethods.Slice),
        new("take", 1, SequenceMethods.Take),
        new("toList", 0, ConversionMethods.ToList),
        new("toSet", 0, ConversionMethods.ToSet),
        new("toMap", 0, ConversionMethods.ToMap),
    }.ToFrozenDictionary(m => m.Name, StringComparer.Ordinal);

    /// <summary>The method names.</summary>
    public static IReadOnlyCollection<string> Names => Table.Keys;

    /// <summary>The method of that name, if any.</summary>
    public static MethodSpec? Find(string name) => Table.GetValueOrDefault(name);

    /// <summary>Applies a method: existence, then arity, then its body.</summary>
    public static Proc Apply(Call call)
    {
        var spec = Find(call.Name) ?? throw Fail.UnknownMethod(call.At, call.Name);
        if (call.Args.Count != spec.Arity)
        {
            throw Fail.Arity(call.At, call.Name, spec.Arity, call.Args.Count);
        }
        return spec.Body(call);
    }
}
