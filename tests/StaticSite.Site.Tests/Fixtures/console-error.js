// Fixture: logs a console error, which the page-load check must report.
console.error("deliberate console error");
