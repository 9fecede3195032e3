namespace Routing.Runtime;

/// <summary>
/// Lets every request to this grain class interleave with every other at await points. Turns still never run in
/// parallel: only one request executes at a time, but a waiting request may start while another awaits.
/// Use it only where the grain's state stays consistent across awaits, and say why at the use site.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ReentrantAttribute : Attribute
{
}
