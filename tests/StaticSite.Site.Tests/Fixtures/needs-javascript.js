// Fixture: the page shows its navigation and content only once this script has run.
document.querySelector("nav").hidden = false;
document.querySelector("main").insertAdjacentHTML("beforeend", "<h1>Needs JavaScript</h1><p>Content written by script.</p>");
