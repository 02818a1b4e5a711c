// The web app starts here.
document.getElementById("app").textContent = "hipfit";
