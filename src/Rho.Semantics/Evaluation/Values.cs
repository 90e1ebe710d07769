using Rho.Semantics.Core;

namespace Rho.Semantics.Evaluation;

/// <summary>Small facts about values shared by the operators and the methods.</summary>
internal static class Values
{
    /// <summary>The type name the reference's messages use for a value (its <c>typ</c>).</summary>
    public static string TypeName(Proc v) => v switch
    {
        GBool => "Bool",
        GInt => "Int",
        GBigInt => "BigInt",
        GString => "String",
        GUri => "Uri",
        GByteArray => "ByteArray",
        EList => "List",
        ETuple => "Tuple",
        ESet => "Set",
        EMap => "Map",
        // Stryker disable once String : unreachable (every caller names a value that Evaluator.Single returned, and a value is one of the ten types above)
        _ => "Unit",
    };

    /// <summary>The value of <paramref name="key"/> in a canonical map, or null.</summary>
    public static Proc? Lookup(EMap m, Proc key)
    {
        foreach (var kv in m.Pairs)
        {
            if (kv.Key == key)
            {
                return kv.Value;
            }
        }
        return null;
    }
}
