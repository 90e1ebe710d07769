using System.Security.Cryptography;

namespace Rho.Compiler.Tests.Verify;

/// <summary>Random mutations of a serialized compiled process (shared with the machine's tests).</summary>
public static class BytecodeMutations
{
    /// <summary>Changes, inserts or deletes 1–3 bytes of the code section and recomputes the content hash, so the mutation reaches the verifier's deeper checks.</summary>
    public static byte[] Mutate(byte[] file, Random rng)
    {
        var codeLength = BitConverter.ToInt32(file, 8);
        var code = file.AsSpan(12, codeLength).ToArray().ToList();
        for (var k = 1 + rng.Next(3); k > 0 && code.Count > 0; k--)
        {
            var at = rng.Next(code.Count);
            switch (rng.Next(3))
            {
                case 0:
                    code[at] = (byte)rng.Next(256);
                    break;
                case 1:
                    code.Insert(at, (byte)rng.Next(256));
                    break;
                default:
                    code.RemoveAt(at);
                    break;
            }
        }
        var bytes = code.ToArray();
        return [.. file[..8], .. BitConverter.GetBytes(bytes.Length), .. bytes, .. SHA256.HashData(bytes)];
    }
}
