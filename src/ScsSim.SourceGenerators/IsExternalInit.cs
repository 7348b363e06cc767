// netstandard2.0 lacks the marker type that init accessors (records) need; the compiler only needs it to exist.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit;
