using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace SkyHighBooker.Api.Apis;

/// <summary>
/// Query parameters are typed (<c>[AsParameters]</c> records of int, DateOnly, enums...), yet a malformed value is a
/// 400 naming its field, together with whatever else the handler finds wrong, rather than minimal APIs' unnamed
/// binding failure. Before binding, each typed value is read by <see cref="QueryValueReader"/>: a malformed one is
/// taken out of the query (so the handler still validates the rest) and, after the handler, its error is added to
/// the handler's validation problem, or becomes one. (Only reads take query parameters, so a handler that runs only
/// to have its answer replaced costs one read, and reporting every bad field at once needs its validation.)
/// </summary>
public static class QueryBinding
{
    public static TBuilder WithQueryBinding<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory((context, next) =>
            QueryField.Of(context.MethodInfo).Count == 0 ? next : async invocation =>
            {
                var answer = await next(invocation);
                return invocation.HttpContext.Features.Get<MalformedQuery>() is { } malformed ? WithErrors(answer, malformed.Errors) : answer;
            });
        builder.Finally(endpoint =>
        {
            var fields = endpoint.Metadata.OfType<MethodInfo>().Select(QueryField.Of).FirstOrDefault() ?? [];
            if (fields.Count == 0 || endpoint.RequestDelegate is not { } bind) return;
            endpoint.RequestDelegate = http =>
            {
                Read(http, fields);
                return bind(http);
            };
        });
        return builder;
    }

    private sealed record MalformedQuery(Dictionary<string, string[]> Errors);

    private static void Read(HttpContext http, IReadOnlyList<QueryField> fields)
    {
        Dictionary<string, StringValues>? rewritten = null;
        Dictionary<string, string[]>? errors = null;
        foreach (var field in fields)
        {
            var values = http.Request.Query[field.Name];
            if (StringValues.IsNullOrEmpty(values)) continue;
            var text = values.ToString().Trim();
            string? canonical = null;
            if (text.Length > 0)
            {
                if (field.Read(text, field.Name, out var read, out var error)) canonical = read;
                else (errors ??= [])[field.Name] = [error];
            }
            if (canonical == values.ToString()) continue;
            rewritten ??= http.Request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
            if (canonical is null) rewritten.Remove(field.Name);
            else rewritten[field.Name] = canonical;
        }
        if (rewritten is not null) http.Request.Query = new QueryCollection(rewritten);
        if (errors is not null) http.Features.Set(new MalformedQuery(errors));
    }

    private static object? WithErrors(object? answer, Dictionary<string, string[]> malformed)
    {
        var problem = (answer is INestedHttpResult nested ? nested.Result : answer) is ValidationProblem validation ? validation.ProblemDetails : null;
        var errors = new Dictionary<string, string[]>(problem?.Errors ?? new Dictionary<string, string[]>());
        foreach (var (field, messages) in malformed) errors[field] = messages;
        return TypedResults.ValidationProblem(errors, problem?.Detail, problem?.Instance, problem?.Title, problem?.Type);
    }

    /// <summary>A typed property of an <c>[AsParameters]</c> record read from the query, by its query name.</summary>
    private sealed record QueryField(string Name, QueryValueReader.Reader Read)
    {
        public static IReadOnlyList<QueryField> Of(MethodInfo handler) =>
        [
            .. from parameter in handler.GetParameters()
               where parameter.IsDefined(typeof(AsParametersAttribute))
               from property in parameter.ParameterType.GetConstructors().MaxBy(c => c.GetParameters().Length)!.GetParameters()
               where property.GetCustomAttribute<FromQueryAttribute>() is not null
               let read = QueryValueReader.For(property.ParameterType, Attributes(parameter.ParameterType, property))
               where read is not null
               select new QueryField(property.GetCustomAttribute<FromQueryAttribute>()!.Name ?? property.Name!, read),
        ];

        /// <summary>A record's positional parameter carries some attributes, its property the <c>[property: ...]</c> ones.</summary>
        private static ICustomAttributeProvider Attributes(Type record, ParameterInfo parameter) =>
            parameter.IsDefined(typeof(AllowedValuesFromAttribute)) ? parameter : (ICustomAttributeProvider?)record.GetProperty(parameter.Name!) ?? parameter;
    }
}
