using SalesPlanning.Application.Csv;
using SalesPlanning.Application.People;

namespace SalesPlanning.UnitTests.People;

public class UserCsvRead
{
    [Fact]
    public void ReportsEachBlankRequiredFieldAndMakesRequestsOfTheGoodLinesOnly()
    {
        const string csv = "email,name,roles,rep_in\na@x.test,A,Rep,EAST;south\n,B,Rep,\nc@x.test,C,,\nd@x.test\ne@x.test,E,manager|rep,\n";

        var parsed = UserCsv.Read(csv);

        parsed.Errors.ShouldBe(
        [
            new CsvLineError(3, CsvMessages.Required, "email", "email"),
            new CsvLineError(4, CsvMessages.Required, "roles", "roles"),
            new CsvLineError(5, CsvMessages.FieldCount, Detail: "1/4"),
        ]);
        parsed.Requests.Select(r => (r.Line, r.Request.Email)).ShouldBe([(2, "a@x.test"), (6, "e@x.test")]);
        parsed.Requests[0].Request.RepIn.ShouldBe(["EAST", "south"]);
        parsed.Requests[1].Request.Roles.ShouldBe(["Manager", "Rep"]);
    }
}
