using System.Reflection;
using System.Text;

namespace Grader.Tests.Support;

/// <summary>
/// Describes an assembly's public surface as text (one type a block, members sorted) and compares it with an approved
/// snapshot file. After an intended change, run the tests once with UPDATE_API_SNAPSHOT=1 to rewrite the file, and
/// commit it.
/// </summary>
internal static class PublicApiSnapshot
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Fails, showing the first differing line, when <paramref name="assembly"/>'s API differs from the file.</summary>
    public static void AssertMatches(Assembly assembly, string approvedPath)
    {
        var actual = Describe(assembly);
        if (Environment.GetEnvironmentVariable("UPDATE_API_SNAPSHOT") == "1")
        {
            File.WriteAllText(approvedPath, actual, new UTF8Encoding(false));
            return;
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        Assert.True(
            approved == actual,
            $"The public API of {assembly.GetName().Name} differs from {approvedPath}.{Environment.NewLine}" +
            $"If the change is intended, run the tests with the environment variable UPDATE_API_SNAPSHOT=1 (for example " +
            $"'UPDATE_API_SNAPSHOT=1 dotnet test Grader.sln --filter PublicApi') and commit the rewritten file.{Environment.NewLine}" +
            FirstDifference(approved, actual));
    }

    public static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            foreach (var member in type.IsEnum ? Members(type) : Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(member).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string TypeHeader(Type type)
    {
        string kind;
        if (type.IsEnum)
        {
            kind = "enum";
        }
        else if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (type.IsValueType)
        {
            kind = IsRecord(type) ? "record struct" : "struct";
        }
        else if (type.IsAbstract && type.IsSealed)
        {
            kind = "static class";
        }
        else
        {
            kind = (type.IsSealed ? "sealed " : type.IsAbstract ? "abstract " : "") + (IsRecord(type) ? "record" : "class");
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.IsEnum ? [] : type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Where(n => !n.StartsWith("IEquatable<", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        return $"{kind} {Name(type, null, qualified: true)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        var nullability = new NullabilityInfoContext();
        foreach (var constructor in type.GetConstructors(Declared))
        {
            yield return $"ctor({Parameters(constructor, nullability)})";
        }

        foreach (var field in type.GetFields(Declared))
        {
            var prefix = field.IsLiteral ? "const " : field.IsStatic ? "static " + (field.IsInitOnly ? "readonly " : "") : field.IsInitOnly ? "readonly " : "";
            var value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : "";
            yield return $"{prefix}{Name(field.FieldType, nullability.Create(field))} {field.Name}{value}";
        }

        foreach (var property in type.GetProperties(Declared))
        {
            var accessors = new List<string>();
            if (property.GetMethod is { IsPublic: true })
            {
                accessors.Add("get;");
            }

            if (property.SetMethod is { IsPublic: true } setter)
            {
                accessors.Add(setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit") ? "init;" : "set;");
            }

            var isStatic = (property.GetMethod ?? property.SetMethod)!.IsStatic ? "static " : "";
            var indexer = property.GetIndexParameters() is { Length: > 0 } index ? $"this[{string.Join(", ", index.Select(p => Name(p.ParameterType)))}]" : property.Name;
            yield return $"{isStatic}{Name(property.PropertyType, nullability.Create(property))} {indexer} {{ {string.Join(" ", accessors)} }}";
        }

        var isRecord = IsRecord(type);
        foreach (var method in type.GetMethods(Declared))
        {
            if ((method.IsSpecialName && !method.Name.StartsWith("op_", StringComparison.Ordinal)) || method.Name.StartsWith('<') ||
                (isRecord && method.Name is "Equals" or "GetHashCode" or "op_Equality" or "op_Inequality"))
            {
                // Accessors, compiler-generated members and the equality every record has are implied by the header.
                continue;
            }

            var isStatic = method.IsStatic ? "static " : "";
            var generic = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";
            yield return $"{isStatic}{Name(method.ReturnType, nullability.Create(method.ReturnParameter))} {method.Name}{generic}({Parameters(method, nullability)})";
        }

        foreach (var @event in type.GetEvents(Declared))
        {
            yield return $"event {Name(@event.EventHandlerType!)} {@event.Name}";
        }
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "") + Name(p.ParameterType, nullability.Create(p)) + " " + p.Name +
            (p.HasDefaultValue ? " = " + Literal(p.DefaultValue) : "")));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Name(Type type) => Name(type, null);

    private static string Name(Type type, NullabilityInfo? nullability, bool qualified = false)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!, nullability?.ElementType ?? nullability, qualified);
        }

        var suffix = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : "";
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + suffix;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + suffix;
        }

        var name = qualified && type.Namespace is not null ? type.FullName!.Split('`')[0].Replace('+', '.') : Simple(type);
        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            var argumentNullability = nullability?.GenericTypeArguments;
            name = name.Split('`')[0] + "<" + string.Join(", ", arguments.Select((a, i) =>
                Name(a, argumentNullability is { } n && i < n.Length ? n[i] : null))) + ">";
        }

        return name + suffix;
    }

    private static string Simple(Type type) => type.IsNested ? Simple(type.DeclaringType!) + "." + type.Name : type.Name;

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null ||
        type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(StringBuilder)]) is not null;

    private static string FirstDifference(string approved, string actual)
    {
        var expectedLines = approved.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var expected = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var found = i < actualLines.Length ? actualLines[i] : "(end of API)";
            if (expected != found)
            {
                return $"First difference at line {i + 1}:{Environment.NewLine}  approved: {expected}{Environment.NewLine}  actual:   {found}";
            }
        }

        return "";
    }
}
