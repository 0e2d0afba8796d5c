"""One module of pages per resource, each a thin view: parse the request, call the read services the REST route
of the same path calls, render a template."""
