"""One module of routes per resource; each route parses the request, calls one read service, formats the answer."""
