using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using SalesPlanning.Application.Organisation;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Hosting;

/// <summary>The request validators are in the app's container, for forms and endpoints to use.</summary>
public class ValidatorRegistration
{
    [Fact]
    public async Task ResolvesAValidatorForEveryRequestThatHasOne()
    {
        await using var app = await SalesPlanningApp.StartAsync(demoData: false);
        var validators = typeof(SaveRegionValidator).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.BaseType is { IsGenericType: true } b
                && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .ToList();
        validators.Count.ShouldBeGreaterThan(10);

        foreach (var validator in validators)
        {
            var request = validator.BaseType!.GetGenericArguments()[0];
            app.Services.GetService(typeof(IValidator<>).MakeGenericType(request))
                .ShouldBeOfType(validator, $"no validator for {request.Name}");
        }
    }
}
