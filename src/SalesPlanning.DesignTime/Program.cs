// The design-time host for dotnet-ef; running it does nothing.
System.Console.WriteLine("SalesPlanning.DesignTime is used by dotnet-ef only.");
