using SalesPlanning.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSalesPlanningLogging();
builder.AddSalesPlanningServices();

var app = builder.Build();
app.UseSalesPlanningPipeline();

if (await app.PrepareDatabaseAsync(args))
{
    await app.RunAsync();
}

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
