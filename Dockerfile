# SalesPlanning: build with the .NET 10 SDK, run on the ASP.NET Core runtime as a non-root user.
# docker compose up --build   (see docker-compose.yml: PostgreSQL 15 + the app on http://localhost:5080)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Everything but what .dockerignore leaves out: the build also needs .editorconfig, global.json,
# Directory.*.props and .config/ from the top level.
COPY . .
RUN dotnet publish src/SalesPlanning.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The app writes rolling log files to ./logs; the image's non-root user ($APP_UID, "app") must own it.
RUN mkdir -p /app/logs && chown "$APP_UID" /app/logs
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "SalesPlanning.Web.dll"]
