using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Triangulate.Web.Security;

/// <summary>
/// Every POST that changes the case must carry the anti-forgery token (header <c>X-CSRF-TOKEN</c>, paired with its
/// cookie): a page of another site cannot make the browser decide or upload anything.
/// </summary>
internal sealed class AntiforgeryFilter : IEndpointFilter
{
    /// <summary>The request header that carries the token.</summary>
    public const string HeaderName = "X-CSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "missing or invalid anti-forgery token",
                detail: $"send the token of GET /api/antiforgery in the {HeaderName} header");
        }

        return await next(context);
    }
}
