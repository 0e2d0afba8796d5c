"""HTTP transport: thin routes over the read services, built by ``create_app(settings, store)``."""
